import type { EntityManager } from '@mikro-orm/postgresql';
import { loader, type Context, type LoaderFactory } from '../../core/context.js';
import { byId, groupBy } from '../../core/loaders.js';
import { type Plain, type Row, toPlain } from '../../core/read/rows.js';
import { SocialCritique } from './critique.entity.js';
import { critiquePolicy, critiqueView, supervisionPolicy, supervisionView } from './oversight.policy.js';
import {
  critiqueConditions,
  type CritiqueListFilter,
  supervisionConditions,
  type SupervisionListFilter,
} from './oversight.repository.js';
import type { SocialCritiqueTally, SupervisionTally } from './oversight.type.js';
import { Supervision, SupervisionRecommendation } from './supervision.entity.js';
import type { ViewerAccess } from '../../core/access.js';

/** Critiques by id (visibility is the caller's business: `readableCritique`). */
export const critiqueById: LoaderFactory<string, Plain<SocialCritique> | null> = byId(SocialCritique);
/** Supervisions by id (visibility: `readableSupervision`). */
export const supervisionById: LoaderFactory<string, Plain<Supervision> | null> = byId(Supervision);
/** Recommendations by id (visibility: `readableRecommendation`). */
export const recommendationById: LoaderFactory<string, Plain<SupervisionRecommendation> | null> =
  byId(SupervisionRecommendation);

/** The recommendations of each supervision, in order. */
export const recommendationsBySupervision: LoaderFactory<string, Plain<SupervisionRecommendation>[]> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.execute<Row[]>(
      'select * from supervision_recommendation where supervision_id = any(?::uuid[]) order by position',
      [`{${ids.join(',')}}`],
    );
    const records = rows.map((row) => toPlain(ctx.em, SupervisionRecommendation, row));
    return groupBy(ids, records, (r) => r.supervision.id);
  };

/** The critique `id` when the viewer may read it, else null (denied looks like missing). */
export async function readableCritique(ctx: Context, id: string): Promise<Plain<SocialCritique> | null> {
  const [critique, access] = await Promise.all([loader(ctx, critiqueById).load(id), ctx.access()]);
  return critique && critiquePolicy.read(access, critiqueView(critique)) ? critique : null;
}

/** The supervision `id` when the viewer may read it, else null. */
export async function readableSupervision(ctx: Context, id: string): Promise<Plain<Supervision> | null> {
  const [supervision, access] = await Promise.all([loader(ctx, supervisionById).load(id), ctx.access()]);
  return supervision && supervisionPolicy.read(access, supervisionView(supervision)) ? supervision : null;
}

/** The recommendation `id` when the viewer may read its supervision, else null. */
export async function readableRecommendation(
  ctx: Context,
  id: string,
): Promise<Plain<SupervisionRecommendation> | null> {
  const recommendation = await loader(ctx, recommendationById).load(id);
  if (!recommendation) return null;
  return (await readableSupervision(ctx, recommendation.supervision.id)) ? recommendation : null;
}

/** The totals of the critiques matching `filter` that the viewer may read, in one statement. */
export async function critiqueTally(
  em: EntityManager,
  filter: CritiqueListFilter,
  access: ViewerAccess,
): Promise<SocialCritiqueTally> {
  const { where, params } = critiqueConditions(filter, access);
  const [row] = await em.execute<
    { critiques: string; opinions: string; answered: string; taken_in: string }[]
  >(
    `select count(*) as critiques, coalesce(sum(c.opinions_count), 0) as opinions,
            count(*) filter (where c.taken_in is not null) as answered, count(*) filter (where c.taken_in) as taken_in
       from social_critique c where ${where.length ? where.join(' and ') : 'true'}`,
    params,
  );
  return {
    critiques: Number(row.critiques),
    opinions: Number(row.opinions),
    answered: Number(row.answered),
    takenIn: Number(row.taken_in),
  };
}

/** The totals of the supervisions matching `filter` that the viewer may read, in one statement. */
export async function supervisionTally(
  em: EntityManager,
  filter: SupervisionListFilter,
  access: ViewerAccess,
): Promise<SupervisionTally> {
  const { where, params } = supervisionConditions(filter, access);
  const [row] = await em.execute<
    { supervisions: string; recommendations: string; answered: string; tasked: string }[]
  >(
    `with s as (select s.id from supervision s where ${where.length ? where.join(' and ') : 'true'})
     select (select count(*) from s) as supervisions, count(r.id) as recommendations,
            count(r.answered_on) as answered, count(r.task_id) as tasked
       from supervision_recommendation r where r.supervision_id in (select id from s)`,
    params,
  );
  return {
    supervisions: Number(row.supervisions),
    recommendations: Number(row.recommendations),
    answered: Number(row.answered),
    tasked: Number(row.tasked),
  };
}
