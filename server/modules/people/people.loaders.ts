import type { Plain } from '../../core/read/rows.js';
import { byId, groupBy } from '../../core/loaders.js';
import { loader, type Context, type LoaderFactory } from '../../core/context.js';
import { Person } from './person.entity.js';
import { Position } from './position.entity.js';
import { Responsibility } from './responsibility.entity.js';
import { isRunningOn } from './term.js';

/** People by id, one query per batch. */
export const personById: LoaderFactory<string, Plain<Person> | null> = byId(Person);

/** Positions by id, one query per batch. */
export const positionById: LoaderFactory<string, Plain<Position> | null> = byId(Position);

/** Responsibilities by id, one query per batch. */
export const responsibilityById: LoaderFactory<string, Plain<Responsibility> | null> = byId(Responsibility);

/** Every position (past, current, future) in each organization: heads first, then by start date. */
export const positionsByOrganization: LoaderFactory<string, Position[]> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.find(
    Position,
    { organization: { $in: [...ids] } },
    { orderBy: { isHead: 'desc', startsOn: 'asc', id: 'asc' } },
  );
  return groupBy(ids, rows, (p) => p.organization.id);
};

/** Every position each person holds or held, most recent start first. */
export const positionsByPerson: LoaderFactory<string, Position[]> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.find(
    Position,
    { person: { $in: [...ids] } },
    { orderBy: { startsOn: 'desc', id: 'asc' } },
  );
  return groupBy(ids, rows, (p) => p.person.id);
};

/** Key of `headsByOrganizationOn`: organization id and `YYYY-MM-DD` date. */
export const headKey = (organizationId: string, date: string): string => `${organizationId}|${date}`;

/**
 * The person heading an organization on a date (key: `headKey(orgId, date)`),
 * or null. One query for the positions of the whole batch, then each key is
 * matched in memory; when head terms overlap, the latest appointment wins.
 */
export const headsByOrganizationOn: LoaderFactory<string, Person | null> = (ctx: Context) => async (keys) => {
  const wanted = keys.map((key) => {
    const bar = key.indexOf('|');
    return { organizationId: key.slice(0, bar), date: key.slice(bar + 1) };
  });
  const dates = wanted.map((w) => w.date).toSorted();
  const heads = await ctx.em.find(
    Position,
    {
      organization: { $in: [...new Set(wanted.map((w) => w.organizationId))] },
      isHead: true,
      startsOn: { $lte: dates[dates.length - 1] },
      $or: [{ endsOn: null }, { endsOn: { $gte: dates[0] } }],
    },
    { orderBy: { startsOn: 'desc', id: 'asc' } },
  );
  const personIds = wanted.map(
    (w) =>
      heads.find((p) => p.organization.id === w.organizationId && isRunningOn(p, w.date))?.person.id ?? null,
  );
  const people = loader(ctx, personById);
  return Promise.all(personIds.map((id) => (id ? people.load(id) : null)));
};

/** Responsibilities assigned for each organization, most recent start first. */
export const responsibilitiesByOrganization: LoaderFactory<string, Responsibility[]> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.find(
      Responsibility,
      { organization: { $in: [...ids] } },
      { orderBy: { startsOn: 'desc', id: 'asc' } },
    );
    return groupBy(ids, rows, (r) => r.organization?.id ?? '');
  };

/** Responsibilities of each person, most recent start first. */
export const responsibilitiesByPerson: LoaderFactory<string, Responsibility[]> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.find(
      Responsibility,
      { person: { $in: [...ids] } },
      { orderBy: { startsOn: 'desc', id: 'asc' } },
    );
    return groupBy(ids, rows, (r) => r.person.id);
  };
