/*
 * The benchmark's data: a deterministic generator (no randomness: every id
 * and value is a function of a row number) that bulk-loads a database the
 * product's migrations created, with server-side `insert … select
 * generate_series` (PostgreSQL writes the rows itself, as fast as COPY
 * without a client-side stream) and real area codes from the 2025
 * administrative map.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import type pg from 'pg';

/** How much data one run loads. */
export interface Scale {
  name: 'province' | 'national';
  provinces: number;
  organizations: number;
  programs: number;
  tasks: number;
  /** Assignments per task (one lead, the rest coordinating). */
  assignmentsPerTask: number;
  meetings: number;
}

/** The issue's two scales. */
export const SCALES: Record<Scale['name'], Scale> = {
  province: {
    name: 'province',
    provinces: 1,
    organizations: 2_000,
    programs: 500,
    tasks: 20_000,
    assignmentsPerTask: 3,
    meetings: 6_000,
  },
  national: {
    name: 'national',
    provinces: 34,
    organizations: 40_018,
    programs: 17_000,
    tasks: 1_000_000,
    assignmentsPerTask: 3,
    meetings: 200_000,
  },
};

/** Where the generated rows are, for the targets' variables. */
export interface World {
  /** The viewer's organization: the (first) province's Ban Dân vận. */
  rootId: string;
  /** A province-level agency with tasks ("my agency"). */
  agencyId: string;
  /** A program of the root. */
  programId: string;
  /** The viewer's sign-in. */
  email: string;
  password: string;
}

/** The deterministic uuid of row `n` of `kind` (the same expression as `uuidSql`). */
export const uuidOf = (kind: string, n: number): string => {
  const h = createHash('md5').update(`${kind}:${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const uuidSql = (kind: string, n: string) => `md5('${kind}:' || (${n}))::uuid`;

interface Province {
  Code: string;
  FullName: string;
  Wards: { Code: string; FullName: string }[];
}

const unitsFile = path.join(process.cwd(), 'server/demo/data/vn-administrative-units-2025.json');

/** The first `count` provinces, Lạng Sơn (code 20) first. */
function provinces(count: number): Province[] {
  const all = JSON.parse(readFileSync(unitsFile, 'utf8')) as Province[];
  return all.toSorted((a, b) => Number(b.Code === '20') - Number(a.Code === '20')).slice(0, count);
}

/**
 * Organization numbering (1-based `n`, P provinces, K = organizations per province − 1):
 * n = 1..P are the provinces' Ban Dân vận; n = P + k·P + p + 1 is agency k of province p.
 * Agencies k < 39 are province-level (parent: the province's Ban Dân vận); the others
 * are commune-level (parent: province-level agency k mod 39).
 */
const orgSql = (p: string, k: string, P: number) => `${P} + (${k}) * ${P} + (${p}) + 1`;
const PROVINCE_LEVEL = 39;

/** Loads `scale` into an empty, migrated database. */
export async function generate(client: pg.Client, scale: Scale): Promise<World> {
  const P = scale.provinces;
  const K = Math.floor((scale.organizations - P) / P);
  const units = provinces(P);
  const run = (sql: string, params: unknown[] = []) => client.query(sql, params);
  await run('set statement_timeout = 0');

  // Areas: provinces and their communes.
  const areaIds: string[] = [];
  const codes: string[] = [];
  const names: string[] = [];
  const levels: string[] = [];
  const parents: (string | null)[] = [];
  for (const province of units) {
    const id = uuidOf('area', Number(province.Code));
    areaIds.push(id);
    codes.push(province.Code);
    names.push(province.FullName);
    levels.push('PROVINCE');
    parents.push(null);
    for (const ward of province.Wards) {
      areaIds.push(uuidOf('ward', Number(ward.Code)));
      codes.push(ward.Code);
      names.push(ward.FullName);
      levels.push('COMMUNE');
      parents.push(id);
    }
  }
  await run(
    `insert into administrative_area (id, created_at, updated_at, code, name, search_key, level, parent_id)
     select a.id, now(), now(), a.code, a.name, lower(a.name), a.level, a.parent
       from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])
            as a(id, code, name, level, parent)`,
    [areaIds, codes, names, levels, parents],
  );

  // Organizations: the province's area for province-level ones, a commune for the others.
  const orgIds: string[] = [];
  const orgAreas: string[] = [];
  const orgParents: (string | null)[] = [];
  const orgKinds: string[] = [];
  const orgNames: string[] = [];
  const kinds = [
    'PEOPLES_COMMITTEE',
    'FATHERLAND_FRONT',
    'SOCIO_POLITICAL_ORG',
    'STATE_AGENCY',
    'PARTY_COMMITTEE',
  ];
  units.forEach((province, p) => {
    const provinceArea = uuidOf('area', Number(province.Code));
    orgIds.push(uuidOf('org', p + 1));
    orgAreas.push(provinceArea);
    orgParents.push(null);
    orgKinds.push('MASS_MOBILIZATION_COMMISSION');
    orgNames.push(`Ban Dân vận ${province.FullName}`);
  });
  for (let k = 0; k < K; k++) {
    units.forEach((province, p) => {
      const n = P + k * P + p + 1;
      const provinceLevel = k < PROVINCE_LEVEL;
      const ward = province.Wards[k % province.Wards.length];
      orgIds.push(uuidOf('org', n));
      orgAreas.push(
        provinceLevel ? uuidOf('area', Number(province.Code)) : uuidOf('ward', Number(ward.Code)),
      );
      orgParents.push(
        provinceLevel ? uuidOf('org', p + 1) : uuidOf('org', P + (k % PROVINCE_LEVEL) * P + p + 1),
      );
      orgKinds.push(kinds[k % kinds.length]);
      orgNames.push(provinceLevel ? `Cơ quan ${k} ${province.FullName}` : `Cơ quan ${k} ${ward.FullName}`);
    });
  }
  for (let i = 0; i < orgIds.length; i += 10_000) {
    await run(
      `insert into organization (id, created_at, updated_at, code, name, search_key, kind, area_id, parent_id)
       select o.id, now(), now(), 'O-' || (o.ord + ${i}), o.name, lower(o.name), o.kind, o.area, o.parent
         from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[]) with ordinality
              as o(id, name, kind, area, parent, ord)`,
      [
        orgIds.slice(i, i + 10_000),
        orgNames.slice(i, i + 10_000).map((name, j) => `${name} #${i + j + 1}`),
        orgKinds.slice(i, i + 10_000),
        orgAreas.slice(i, i + 10_000),
        orgParents.slice(i, i + 10_000),
      ],
    );
  }

  // Programs: owned by a province's Ban Dân vận, with three province-level partners.
  const province = (n: string) => `(${n}) % ${P}`;
  const agency = (p: string, k: string) => uuidSql('org', orgSql(p, k, P));
  await run(
    `insert into coordination_program (id, created_at, updated_at, kind, code, title, search_key, starts_on, ends_on, status, owner_id)
     select ${uuidSql('program', 'j')}, now(), now(), 'COORDINATION_PROGRAM', 'CT-' || j,
            'Chương trình phối hợp số ' || j, 'chuong trinh phoi hop so ' || j,
            date '2025-01-01' + (j % 365), date '2027-01-01' + (j % 365),
            (array['ACTIVE','ACTIVE','ACTIVE','DRAFT','COMPLETED'])[1 + j % 5], ${uuidSql('org', `${province('j')} + 1`)}
       from generate_series(0, ${scale.programs - 1}) j`,
  );
  await run(
    `insert into program_participant (id, created_at, updated_at, program_id, organization_id, role, joined_on)
     select ${uuidSql('participant', 'j * 4 + r')}, now(), now(), ${uuidSql('program', 'j')},
            case when r = 0 then ${uuidSql('org', `${province('j')} + 1`)}
                 else ${agency(province('j'), `(j * 3 + r - 1) % ${Math.min(PROVINCE_LEVEL, K)}`)} end,
            (array['LEAD','CO_LEAD','PARTNER','OBSERVER'])[1 + r], date '2025-01-01'
       from generate_series(0, ${scale.programs - 1}) j, generate_series(0, 3) r`,
  );

  // Tasks: 40 per program while programs last, the rest on their own; due from 2024 to 2028.
  const inPrograms = Math.min(scale.tasks, scale.programs * 40);
  await run(
    `insert into task (id, created_at, updated_at, title, search_key, program_id, source_kind, priority, due_on, status)
     select ${uuidSql('task', 't')}, now(), now(), 'Nhiệm vụ số ' || t, 'nhiem vu so ' || t,
            case when t < ${inPrograms} then ${uuidSql('program', `t % ${scale.programs}`)} end,
            case when t < ${inPrograms} then 'PROGRAM' else 'OTHER' end,
            (array['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + t % 5],
            date '2024-01-01' + (t::bigint * 7919 % 1826)::int,
            (array['NOT_STARTED','IN_PROGRESS','IN_PROGRESS','BLOCKED','DONE','CANCELLED'])[1 + t % 6]
       from generate_series(0, ${scale.tasks - 1}) t`,
  );
  // Assignments, all to agencies of the task's province: the lead is a province-level
  // agency (as departments lead in life), the coordinating ones commune-level agencies
  // (never the lead again). So "my agency" (province-level agency 0) leads about 1
  // task in 39 of its province at either scale, and its first page of tasks is full
  // at both: the two scales answer the same 50 tasks' worth of objects.
  const taskProvince = `(case when t < ${inPrograms} then t % ${scale.programs} else t end) % ${P}`;
  await run(
    `insert into task_assignment (id, created_at, updated_at, task_id, organization_id, role, assigned_on)
     select ${uuidSql('assignment', `t * ${scale.assignmentsPerTask} + r`)}, now(), now(), ${uuidSql('task', 't')},
            case when r = 0 then ${agency(taskProvince, `((t / ${P}) * 7) % ${Math.min(PROVINCE_LEVEL, K)}`)}
                 else ${agency(taskProvince, `${PROVINCE_LEVEL} + ((t / ${P}) * 7 + r) % ${K - PROVINCE_LEVEL}`)} end,
            case when r = 0 then 'LEAD' else 'COORDINATING' end, date '2024-01-01'
       from generate_series(0, ${scale.tasks - 1}) t, generate_series(0, ${scale.assignmentsPerTask - 1}) r`,
  );

  // Meetings: a third of them briefings, spread over 2025–2027, hosted by province-level agencies.
  await run(
    `insert into meeting (id, created_at, updated_at, organization_id, kind, title, starts_at, ends_at, status)
     select ${uuidSql('meeting', 'm')}, now(), now(),
            ${agency(province('m'), `(m / ${P}) % ${Math.min(PROVINCE_LEVEL, K)}`)},
            case when m % 3 = 0 then 'PERIODIC_BRIEFING' else 'WORKING_SESSION' end, 'Họp số ' || m,
            timestamptz '2025-01-01 01:00Z' + (m * 7 % 1095) * interval '1 day',
            timestamptz '2025-01-01 03:00Z' + (m * 7 % 1095) * interval '1 day', 'SCHEDULED'
       from generate_series(0, ${scale.meetings - 1}) m`,
  );

  // The viewer: an ADMIN of the first province's Ban Dân vận.
  const email = 'bench.admin@bdv.langson.gov.vn';
  const password = 'bench-password-phoihop';
  const personId = uuidOf('person', 1);
  const userId = uuidOf('user', 1);
  await run(
    `insert into person (id, created_at, updated_at, full_name, search_key) values ($1, now(), now(), 'Quản trị Ban Dân vận', 'quan tri ban dan van')`,
    [personId],
  );
  await run(
    `insert into app_user (id, created_at, updated_at, email, password_hash, person_id) values ($1, now(), now(), $2, $3, $4)`,
    [userId, email, await hash(password), personId],
  );
  await run(
    `insert into role_grant (id, created_at, updated_at, user_id, organization_id, role, valid_from)
     values ($1, now(), now(), $2, $3, 'ADMIN', timestamptz '2024-01-01')`,
    [uuidOf('grant', 1), userId, uuidOf('org', 1)],
  );
  await run('analyze');
  return {
    rootId: uuidOf('org', 1),
    agencyId: uuidOf('org', P + 1),
    programId: uuidOf('program', 0),
    email,
    password,
  };
}
