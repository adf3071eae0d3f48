/**
 * Bursts of the record edit mutations (a model, a complex situation, a social critique, a
 * supervision, a petition's details) over real HTTP against a server whose pool has fewer
 * connections (4) than there are concurrent clients (24), editing the same few records at their
 * versions: every request is answered (none hangs), of the writers at one version of a record
 * exactly one wins and the others get CONFLICT, stale versions always lose, and the stored record
 * is the last winner's edit at the version it answered (no update lost, none half-applied).
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { burst, oneWinner } from './helpers/bursts.js';
import { gid, makeUserWith, unique } from './helpers/factories.js';
import { makeWorld as makeModelWorld, registerModel } from './helpers/models.js';
import { ts, useModuleServer } from './helpers/module-server.js';
import { makeWorld as makeOversightWorld, recordCritique, recordSupervision } from './helpers/oversight.js';
import { codeOf, dbId, ok } from './helpers/results.js';
import { makeWorld as makeSituationWorld, openSituation } from './helpers/situations.js';

const BURST_TIMEOUT_MS = 180_000;
const POOL = 4;
/** Concurrent clients of each burst: well over the pool's connections. */
const CLIENTS = 24;
/** Records edited at once by each burst (CLIENTS / RECORDS writers on each). */
const RECORDS = 3;

useModuleServer({
  env: {
    DATABASE_POOL_MAX: String(POOL),
    DATABASE_ACQUIRE_TIMEOUT_MS: '60000',
    DATABASE_LOCK_TIMEOUT_MS: '60000',
  },
});

/** A record as created: its global ID and version. */
interface Made {
  id: string;
  version: number;
}

/** One edit mutation: how to make a record, the input that sets its text, where the text is stored. */
interface Edit {
  mutation: string;
  /** The input type, the payload's field holding the record, the record's id field in the input. */
  input: string;
  payload: string;
  idField: string;
  /** The edited text field (input, GraphQL and column), and the table storing it. */
  field: string;
  table: string;
  /** Makes `RECORDS` records to edit; `token` may edit them. */
  make: () => Promise<{ records: Made[]; token: string }>;
}

const times = async (make: () => Promise<Made>): Promise<Made[]> => {
  const made: Made[] = [];
  for (let i = 0; i < RECORDS; i++) made.push(await make());
  return made;
};

const EDITS: Edit[] = [
  {
    mutation: 'updateModel',
    input: 'UpdateModelInput',
    payload: 'model',
    idField: 'modelId',
    field: 'description',
    table: 'mass_mobilization_model',
    make: async () => {
      const w = await makeModelWorld(1);
      return { records: await times(() => registerModel(w)), token: w.coordinator.token };
    },
  },
  {
    mutation: 'updateComplexSituation',
    input: 'UpdateComplexSituationInput',
    payload: 'situation',
    idField: 'situationId',
    field: 'description',
    table: 'complex_situation',
    make: async () => {
      const w = await makeSituationWorld();
      return { records: await times(() => openSituation(w)), token: w.coordinator.token };
    },
  },
  {
    mutation: 'updateSocialCritique',
    input: 'UpdateSocialCritiqueInput',
    payload: 'socialCritique',
    idField: 'socialCritiqueId',
    field: 'summary',
    table: 'social_critique',
    make: async () => {
      const w = await makeOversightWorld();
      return { records: await times(() => recordCritique(w)), token: w.frontCoordinator.token };
    },
  },
  {
    mutation: 'updateSupervision',
    input: 'UpdateSupervisionInput',
    payload: 'supervision',
    idField: 'supervisionId',
    field: 'findings',
    table: 'supervision',
    make: async () => {
      const w = await makeOversightWorld();
      return { records: await times(() => recordSupervision(w)), token: w.frontCoordinator.token };
    },
  },
  {
    mutation: 'updatePetitionDetails',
    input: 'UpdatePetitionDetailsInput',
    payload: 'petition',
    idField: 'petitionId',
    field: 'summary',
    table: 'petition',
    make: async () => {
      const w = await makeSituationWorld();
      const committee = await makeUserWith(ts.orm, w.communeGov.id, Role.COORDINATOR);
      const receive = async () => {
        const result = await ts.gql<{ receivePetition: { petition: Made } }>(
          `mutation($i: ReceivePetitionInput!) { receivePetition(input: $i) { petition { id version } } }`,
          {
            i: {
              organizationId: gid.org(w.communeGov),
              kind: 'FEEDBACK',
              channel: 'POST',
              receivedOn: '2025-03-03',
              subject: `Phản ánh tải ${unique()}`,
              summary: 'Đề nghị sửa đường liên thôn.',
              areaId: gid.area(w.commune),
              petitioner: { fullName: 'Nguyễn Văn Bình' },
            },
          },
          committee.token,
        );
        return ok(result).receivePetition.petition;
      };
      return { records: await times(receive), token: committee.token };
    },
  },
];

/** Edits of one round: client `i` writes `text(i)` on record `i % RECORDS` at `versionOf(i)`. */
async function round(
  edit: Edit,
  records: Made[],
  token: string,
  versionOf: (i: number) => number,
  text: (i: number) => string,
) {
  const document = `mutation($i: ${edit.input}!) { ${edit.mutation}(input: $i) { ${edit.payload} { id version ${edit.field} } } }`;
  return burst(CLIENTS, (i) =>
    ts.gql<Record<string, Record<string, Record<string, unknown>>>>(
      document,
      {
        i: { [edit.idField]: records[i % RECORDS]!.id, expectedVersion: versionOf(i), [edit.field]: text(i) },
      },
      token,
    ),
  );
}

/** The stored text and version of `record`. */
async function stored(edit: Edit, record: Made): Promise<{ text: string; version: number }> {
  const [row] = await ts.orm.em
    .fork()
    .execute<{ text: string; version: number }[]>(
      `select ${edit.field} as text, version from ${edit.table} where id = ?`,
      [dbId(record.id)],
    );
  return row!;
}

/**
 * Checks one round on each record: the writers at its current version `at` have one winner (the
 * others CONFLICT), the stale ones all CONFLICT, and the record holds the winner's text at `at + 1`.
 */
async function expectOneWinnerEach(
  edit: Edit,
  records: Made[],
  results: Awaited<ReturnType<typeof round>>,
  at: number,
  versionOf: (i: number) => number,
  text: (i: number) => string,
): Promise<void> {
  for (const [r, record] of records.entries()) {
    const mine = results.flatMap((_, i) => (i % RECORDS === r ? [i] : []));
    const stale = mine.filter((i) => versionOf(i) !== at).map((i) => results[i]!);
    expect(stale.map(codeOf)).toEqual(Array(stale.length).fill('CONFLICT'));
    const writers = mine.filter((i) => versionOf(i) === at);
    const winner = writers[oneWinner(writers.map((i) => results[i]!))]!;
    const answered = ok(results[winner]!)[edit.mutation]![edit.payload]!;
    expect(answered).toMatchObject({ id: record.id, version: at + 1, [edit.field]: text(winner) });
    expect(await stored(edit, record)).toEqual({ text: text(winner), version: at + 1 });
  }
}

describe(`record edits with ${CLIENTS} clients on a pool of ${POOL}`, () => {
  it.each(EDITS.map((e) => [e.mutation, e] as const))(
    '%s: one winner per record and version, the others CONFLICT, the winner stored',
    { timeout: BURST_TIMEOUT_MS },
    async (_, edit) => {
      const { records, token } = await edit.make();
      const first = records[0]!.version;
      expect(records.map((r) => r.version)).toEqual(Array(RECORDS).fill(first));
      const batch = unique('sửa ');
      // Round 0: every writer at the records' version. Round 1: half of them still at it (stale).
      const rounds = [() => first, (i: number) => (i % 2 === 0 ? first + 1 : first)];
      for (const [n, versionOf] of rounds.entries()) {
        const text = (i: number) => `${batch} vòng ${n} người ${i}`;
        const results = await round(edit, records, token, versionOf, text);
        await expectOneWinnerEach(edit, records, results, first + n, versionOf, text);
      }
    },
  );
});
