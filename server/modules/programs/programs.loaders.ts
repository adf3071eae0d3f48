import { byId, groupBy } from '../../core/loaders.js';
import { loader, loadedValue, primeLoader, type Context, type LoaderFactory } from '../../core/context.js';
import { type ListQuery, type PageRequest, PARENT } from '../../core/read/keyset.js';
import { plainChildPagesLoader, plainPagesLoader } from '../../core/read/list-loader.js';
import { type Plain, type Row, toPlain } from '../../core/read/rows.js';
import { LegalDocument } from '../legal-documents/legal-document.entity.js';
import { primeOrganizationRows, readWithOrganizations } from '../organizations/organization.loaders.js';
import { ObjectiveValue, ProgramObjective } from './objective.entity.js';
import { ParticipantRole, ProgramParticipant } from './participant.entity.js';
import { ProgramUpdate } from './program-update.entity.js';
import { loadProgramAccessViews, readProgramViews } from './program.access.js';
import { CoordinationProgram, type ProgramStatus } from './program.entity.js';
import { programPolicy, type ProgramAccessView } from './program.policy.js';
import { organizationProgramsQuery } from './program.repository.js';

/** Programs by id (visibility is the caller's business: see `readableProgram`). */
export const programById: LoaderFactory<string, Plain<CoordinationProgram> | null> =
  byId(CoordinationProgram);
/** Participations by id. */
export const participantById: LoaderFactory<string, Plain<ProgramParticipant> | null> =
  byId(ProgramParticipant);
/** Objectives by id. */
export const objectiveById: LoaderFactory<string, Plain<ProgramObjective> | null> = byId(ProgramObjective);
/** Program updates by id. */
export const programUpdateById: LoaderFactory<string, Plain<ProgramUpdate> | null> = byId(ProgramUpdate);

/** The policy view (owner, participants) of each program, one query per batch; null when missing. */
export const programAccessViewById: LoaderFactory<string, ProgramAccessView | null> =
  (ctx: Context) => async (ids) => {
    const views = await loadProgramAccessViews(ctx.em, ids);
    return ids.map((id) => views.get(id) ?? null);
  };

/** Order of roles in participant lists: leads first. */
const ROLE_RANK: Record<ParticipantRole, number> = { LEAD: 0, CO_LEAD: 1, PARTNER: 2, OBSERVER: 3 };

/**
 * Every participation (current and past) of each program: LEAD first, then
 * CO_LEAD, PARTNER, OBSERVER; by join date within a role. The organizations
 * come in the same statement (primed into `organizationById`).
 */
export const participantsByProgram: LoaderFactory<string, Plain<ProgramParticipant>[]> =
  (ctx: Context) => async (ids) => {
    const participants = await readWithOrganizations(ctx, ProgramParticipant, {
      table: 'program_participant',
      parentColumn: 'program_id',
      ids,
      orderBy: 'joined_on asc, created_at asc, id asc',
    });
    participants.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
    return groupBy(ids, participants, (p) => p.program.id);
  };

/** Objectives of each program, in the order they were first set. */
export const objectivesByProgram: LoaderFactory<string, Plain<ProgramObjective>[]> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.execute<Row[]>(
      `select * from program_objective where program_id = any(?::uuid[])
        order by position asc, created_at asc, id asc`,
      [`{${ids.join(',')}}`],
    );
    const objectives = rows.map((row) => toPlain(ctx.em, ProgramObjective, row));
    return groupBy(ids, objectives, (o) => o.program.id);
  };

/** Every recorded value of each objective, most recent date first. */
export const valuesByObjective: LoaderFactory<string, Plain<ObjectiveValue>[]> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.execute<Row[]>(
      `select * from objective_value where objective_id = any(?::uuid[])
      order by recorded_on desc, created_at desc, id desc`,
      [`{${ids.join(',')}}`],
    );
    const values = rows.map((row) => toPlain(ctx.em, ObjectiveValue, row));
    return groupBy(ids, values, (v) => v.objective.id);
  };

/** The latest value of each objective (latest date; on a tie, latest recorded), one `distinct on` query per batch. */
export const latestValueByObjective: LoaderFactory<string, Plain<ObjectiveValue> | null> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.execute<Record<string, unknown>[]>(
      `select distinct on (objective_id) * from objective_value where objective_id in (?)
        order by objective_id, recorded_on desc, created_at desc, id desc`,
      [[...ids]],
    );
    const latest = new Map(
      rows.map((row) => {
        const value = toPlain(ctx.em, ObjectiveValue, row);
        return [value.objective.id, value] as const;
      }),
    );
    return ids.map((id) => latest.get(id) ?? null);
  };

/** The updates of each program, newest first (the id breaks ties). */
const UPDATES: ListQuery = {
  select: 'u.*',
  from: 'program_update u',
  parent: `u.program_id = ${PARENT}`,
  where: [],
  params: [],
  keys: [
    { expr: 'u.created_at', dir: 'desc', kind: 'timestamp' },
    { expr: 'u.id', dir: 'desc', kind: 'uuid' },
  ],
};

/**
 * A page of updates of each program, newest first (key: `listKey(programId,
 * PageRequest)`): one statement per distinct page for the whole batch, never one per program.
 */
export const updatesByProgram = plainChildPagesLoader(ProgramUpdate, UPDATES);

/** The legal basis of each program (through the pivot table), by issue date then number. */
export const legalBasisByProgram: LoaderFactory<string, Plain<LegalDocument>[]> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.execute<Record<string, unknown>[]>(
      `select b.coordination_program_id as __program, d.* from program_legal_basis b
       join legal_document d on d.id = b.legal_document_id
      where b.coordination_program_id in (?) order by d.issued_on, d.number, d.id`,
      [[...ids]],
    );
    const pairs = rows.map(({ __program, ...data }) => ({
      programId: String(__program),
      document: toPlain(ctx.em, LegalDocument, data),
    }));
    return groupBy(ids, pairs, (p) => p.programId).map((list) => list.map((p) => p.document));
  };

/** The sub-programs of each program that the viewer may read, by code. */
export const childrenByProgram: LoaderFactory<string, Plain<CoordinationProgram>[]> =
  (ctx: Context) => async (ids) => {
    const visible = programPolicy.where(await ctx.access(), 'p');
    const rows = await ctx.em.execute<Row[]>(
      `select p.* from coordination_program p where p.parent_id = any(?::uuid[])
        ${visible ? `and ${visible.sql}` : ''} order by p.code asc, p.id asc`,
      [`{${ids.join(',')}}`, ...(visible?.params ?? [])],
    );
    const children = rows.map((row) => toPlain(ctx.em, CoordinationProgram, row));
    return groupBy(ids, children, (p) => p.parent?.id ?? '');
  };

/** What `programsByOrganization` is asked for (besides the organization): its role, program statuses, the page and today. */
export interface OrganizationProgramsArgs {
  role: ParticipantRole | null;
  status: ProgramStatus[] | null;
  page: PageRequest;
  today: string;
}

/**
 * A page of the programs each organization currently takes part in
 * (key: `listKey(organizationId, OrganizationProgramsArgs)`), restricted to
 * those the viewer may read, by code: one statement per distinct arguments.
 */
export const programsByOrganization = plainPagesLoader<OrganizationProgramsArgs, CoordinationProgram>(
  CoordinationProgram,
  async (ctx, args) =>
    organizationProgramsQuery(args.role, { status: args.status }, await ctx.access(), args.today),
);

/**
 * Programs with their policy views by id, one statement per batch; primes
 * `programById`, `programAccessViewById` and (with the owners) `organizationById`
 * with what it read.
 */
const programWithViewById: LoaderFactory<string, ProgramWithView | null> = (ctx: Context) => async (ids) => {
  const found = await readProgramViews(ctx.em, ids, true);
  return ids.map((id) => {
    const entry = found.get(id);
    if (!entry?.row) return null;
    const program = toPlain(ctx.em, CoordinationProgram, entry.row);
    primeLoader(ctx, programById, id, program);
    primeLoader(ctx, programAccessViewById, id, entry.view);
    if (entry.owner) primeOrganizationRows(ctx, [entry.owner]);
    return { program, view: entry.view };
  });
};

/** A program and its policy view, read together. */
interface ProgramWithView {
  program: Plain<CoordinationProgram>;
  view: ProgramAccessView;
}

/**
 * The program `id` when it exists and the viewer may read it, else null:
 * denied looks like missing. Batched through the loaders (no query per call):
 * the record and its policy view in one statement unless the request has both.
 */
export async function readableProgram(ctx: Context, id: string): Promise<Plain<CoordinationProgram> | null> {
  let program = loadedValue(ctx, programById, id);
  let view = loadedValue(ctx, programAccessViewById, id);
  const known = program !== undefined && view !== undefined;
  const [access, read] = await Promise.all([
    ctx.access(),
    known ? null : loader(ctx, programWithViewById).load(id),
  ]);
  if (!known) ({ program, view } = read ?? { program: null, view: null });
  return program && view && programPolicy.read(access, view) ? program : null;
}
