import { byId, groupBy } from '../../core/loaders.js';
import { loader, type Context, type LoaderFactory } from '../../core/context.js';
import type { Page } from '../../core/pagination.js';
import { LegalDocument } from '../legal-documents/legal-document.entity.js';
import { ObjectiveValue, ProgramObjective } from './objective.entity.js';
import { ParticipantRole, ProgramParticipant } from './participant.entity.js';
import { ProgramUpdate } from './program-update.entity.js';
import { loadProgramAccessViews } from './program.access.js';
import { CoordinationProgram, type ProgramStatus } from './program.entity.js';
import { programPolicy, type ProgramAccessView } from './program.policy.js';
import { CURRENT_PARTICIPATION_SQL, visibleProgramsSql, visibleProgramsWhere } from './program.repository.js';
import { firstPerParent } from './window.js';

/** Programs by id (visibility is the caller's business: see `readableProgram`). */
export const programById: LoaderFactory<string, CoordinationProgram | null> = byId(CoordinationProgram);
/** Participations by id. */
export const participantById: LoaderFactory<string, ProgramParticipant | null> = byId(ProgramParticipant);
/** Objectives by id. */
export const objectiveById: LoaderFactory<string, ProgramObjective | null> = byId(ProgramObjective);
/** Program updates by id. */
export const programUpdateById: LoaderFactory<string, ProgramUpdate | null> = byId(ProgramUpdate);

/** The policy view (owner, participants) of each program, one query per batch; null when missing. */
export const programAccessViewById: LoaderFactory<string, ProgramAccessView | null> =
  (ctx: Context) => async (ids) => {
    const views = await loadProgramAccessViews(ctx.em, ids);
    return ids.map((id) => views.get(id) ?? null);
  };

/** Order of roles in participant lists: leads first. */
const ROLE_RANK: Record<ParticipantRole, number> = { LEAD: 0, CO_LEAD: 1, PARTNER: 2, OBSERVER: 3 };

/** Every participation (current and past) of each program: LEAD first, then CO_LEAD, PARTNER, OBSERVER; by join date within a role. */
export const participantsByProgram: LoaderFactory<string, ProgramParticipant[]> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.find(
      ProgramParticipant,
      { program: { $in: [...ids] } },
      { orderBy: { joinedOn: 'asc', createdAt: 'asc', id: 'asc' } },
    );
    rows.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
    return groupBy(ids, rows, (p) => p.program.id);
  };

/** Objectives of each program, in the order they were first set. */
export const objectivesByProgram: LoaderFactory<string, ProgramObjective[]> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.find(
      ProgramObjective,
      { program: { $in: [...ids] } },
      { orderBy: { position: 'asc', createdAt: 'asc', id: 'asc' } },
    );
    return groupBy(ids, rows, (o) => o.program.id);
  };

/** Every recorded value of each objective, most recent date first. */
export const valuesByObjective: LoaderFactory<string, ObjectiveValue[]> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.find(
    ObjectiveValue,
    { objective: { $in: [...ids] } },
    { orderBy: { recordedOn: 'desc', createdAt: 'desc', id: 'desc' } },
  );
  return groupBy(ids, rows, (v) => v.objective.id);
};

/** The latest value of each objective (latest date; on a tie, latest recorded), one `distinct on` query per batch. */
export const latestValueByObjective: LoaderFactory<string, ObjectiveValue | null> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.execute<Record<string, unknown>[]>(
      `select distinct on (objective_id) * from objective_value where objective_id in (?)
        order by objective_id, recorded_on desc, created_at desc, id desc`,
      [[...ids]],
    );
    const latest = new Map(
      rows.map((row) => {
        const value = ctx.em.map(ObjectiveValue, row);
        return [value.objective.id, value] as const;
      }),
    );
    return ids.map((id) => latest.get(id) ?? null);
  };

/** Key of `updatesByProgram`: program id and page size. */
export const updatesKey = (programId: string, first: number): string => `${programId}|${first}`;

/** Order of program updates: newest first (the id breaks ties). */
export const NEWEST_UPDATE_FIRST = { createdAt: 'desc', id: 'desc' } as const;

/**
 * The first page of updates of each program, newest first (key:
 * `updatesKey(programId, first)`): one windowed query per page size for the
 * whole batch, never one per program.
 */
export const updatesByProgram: LoaderFactory<string, Page<ProgramUpdate>> =
  (ctx: Context) => async (keys) => {
    const bySize = new Map<number, string[]>();
    for (const key of keys) {
      const [id, first] = key.split('|');
      bySize.set(Number(first), [...(bySize.get(Number(first)) ?? []), id]);
    }
    const pages = new Map<string, Page<ProgramUpdate>>();
    for (const [first, ids] of bySize) {
      const unique = [...new Set(ids)];
      const result = await firstPerParent(
        ctx.em,
        ProgramUpdate,
        unique,
        {
          sql: 'select u.*, u.program_id as __parent from program_update u where u.program_id in (?)',
          params: [unique],
        },
        'x.created_at desc, x.id desc',
        NEWEST_UPDATE_FIRST,
        first,
      );
      for (const [id, page] of result) pages.set(updatesKey(id, first), page);
    }
    return keys.map((key) => pages.get(key)!);
  };

/** The legal basis of each program (through the pivot table), by issue date then number. */
export const legalBasisByProgram: LoaderFactory<string, LegalDocument[]> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `select b.coordination_program_id as __program, d.* from program_legal_basis b
       join legal_document d on d.id = b.legal_document_id
      where b.coordination_program_id in (?) order by d.issued_on, d.number, d.id`,
    [[...ids]],
  );
  const pairs = rows.map(({ __program, ...data }) => ({
    programId: String(__program),
    document: ctx.em.map(LegalDocument, data),
  }));
  return groupBy(ids, pairs, (p) => p.programId).map((list) => list.map((p) => p.document));
};

/** The sub-programs of each program that the viewer may read, by code. */
export const childrenByProgram: LoaderFactory<string, CoordinationProgram[]> =
  (ctx: Context) => async (ids) => {
    const access = await ctx.access();
    const rows = await ctx.em.find(
      CoordinationProgram,
      { parent: { $in: [...ids] }, ...visibleProgramsWhere(access) },
      { orderBy: { code: 'asc', id: 'asc' } },
    );
    return groupBy(ids, rows, (p) => p.parent?.id ?? '');
  };

/** What `programsByOrganization` is asked for: the organization, its role, program statuses and page size. */
export interface OrganizationProgramsKey {
  organizationId: string;
  role: ParticipantRole | null;
  status: ProgramStatus[] | null;
  first: number;
  today: string;
}

/** Key of `programsByOrganization`. */
export const organizationProgramsKey = (key: OrganizationProgramsKey): string => JSON.stringify(key);

/** Order of an organization's programs: by code (the id breaks ties). */
export const BY_CODE = { code: 'asc', id: 'asc' } as const;

/**
 * The first page of the programs each organization currently takes part in
 * (optionally in one role and some statuses), restricted to those the viewer
 * may read, by code: one windowed query per distinct (role, status, size).
 */
export const programsByOrganization: LoaderFactory<string, Page<CoordinationProgram>> =
  (ctx: Context) => async (keys) => {
    const access = await ctx.access();
    const wanted = keys.map((key) => ({ key, ...(JSON.parse(key) as OrganizationProgramsKey) }));
    const groups = new Map<string, typeof wanted>();
    for (const w of wanted) {
      const group = JSON.stringify([w.role, w.status, w.first, w.today]);
      groups.set(group, [...(groups.get(group) ?? []), w]);
    }
    const pages = new Map<string, Page<CoordinationProgram>>();
    for (const group of groups.values()) {
      const { role, status, first, today } = group[0];
      const organizationIds = [...new Set(group.map((w) => w.organizationId))];
      const params: unknown[] = [organizationIds, today];
      let sql = `select p.*, pp.organization_id as __parent from coordination_program p
        join (select distinct program_id, organization_id from program_participant pp
               where pp.organization_id in (?) and ${CURRENT_PARTICIPATION_SQL('pp')}`;
      if (role) {
        sql += ' and pp.role = ?';
        params.push(role);
      }
      sql += ') pp on pp.program_id = p.id where true';
      if (status?.length) {
        sql += ' and p.status in (?)';
        params.push(status);
      }
      const visible = visibleProgramsSql(access, 'p');
      if (visible) {
        sql += ` and ${visible.sql}`;
        params.push(...visible.params);
      }
      const result = await firstPerParent(
        ctx.em,
        CoordinationProgram,
        organizationIds,
        { sql, params },
        'x.code asc, x.id asc',
        BY_CODE,
        first,
      );
      for (const w of group) pages.set(w.key, result.get(w.organizationId)!);
    }
    return keys.map((key) => pages.get(key)!);
  };

/**
 * The program `id` when it exists and the viewer may read it, else null:
 * denied looks like missing. Batched through the loaders (no query per call).
 */
export async function readableProgram(ctx: Context, id: string): Promise<CoordinationProgram | null> {
  const [program, view, access] = await Promise.all([
    loader(ctx, programById).load(id),
    loader(ctx, programAccessViewById).load(id),
    ctx.access(),
  ]);
  return program && view && programPolicy.read(access, view) ? program : null;
}
