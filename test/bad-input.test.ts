import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { gid, makeArea, makeOrganization, makeUser, type TestUser } from './helpers/factories.js';
import { useTestServer } from './helpers/server.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { MAX_BODY_BYTES } from '../server/app/server.js';
import { MAX_SEARCH_LENGTH } from '../server/core/text.js';

/*
 * The corpus of bad input: every case goes over real HTTP (one over graphql-ws)
 * and must get a typed error with a client-error status — never
 * INTERNAL_SERVER_ERROR, a hang or a 5xx.
 */

interface Answer {
  status: number;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  data?: unknown;
}

const ts = useTestServer({
  setUp: async () => {
    const em = ts.orm.em.fork();
    host = await makeOrganization(em, { area: await makeArea(em) });
    admin = await makeUser(ts.orm, { isSystemAdmin: true });
  },
});
let admin: TestUser;
let host: Organization;

/** POSTs a raw body (any text) as the admin; answers within 20 s or the test fails. */
async function postRaw(body: string, contentType = 'application/json'): Promise<Answer> {
  const response = await fetch(ts.url, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${admin.token}` },
    body,
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  return { status: response.status, ...(text.startsWith('{') ? JSON.parse(text) : { errors: [] }) };
}

const post = (query: string, variables?: unknown) => postRaw(JSON.stringify({ query, variables }));

/** A typed error: a 4xx status (200 for errors raised in a resolver), the code, and no internal error. */
function expectRefused(answer: Answer, code: string): void {
  const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
  expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
  expect(answer.status).toBeLessThan(500);
  expect(codes[0]).toBe(code);
}

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'Trần \ud800 Văn';

const CreatePerson =
  'mutation P($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }';
const SearchPeople = 'query S($search: String) { people(filter: { search: $search }) { totalCount } }';
const CreateTask = `mutation T($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }`;
const Meetings = `query M($from: DateTimeISO, $to: DateTimeISO) {
  meetings(filter: { from: $from, to: $to }) { totalCount }
}`;
const Schedule = `mutation S($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { meeting { id } }
}`;

describe('strings', () => {
  it('refuses a NUL in a search string, a name, an ID and an object key', async () => {
    expectRefused(await post(SearchPeople, { search: NUL }), 'BAD_USER_INPUT');
    expectRefused(await post(CreatePerson, { input: { fullName: NUL } }), 'BAD_USER_INPUT');
    expectRefused(await post('query { organization(id: "a\\u0000") { id } }'), 'BAD_USER_INPUT');
    expectRefused(await post(CreatePerson, { input: { fullName: 'Lan', [NUL]: 1 } }), 'BAD_USER_INPUT');
    const answer = await post(SearchPeople, { search: NUL });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.message).toMatch(/\$search contains a NUL/);
  });

  it('refuses a NUL written as a literal in the document', async () => {
    const answer = await post('{ people(filter: { search: "x\\u0000y" }) { totalCount } }');
    expectRefused(answer, 'BAD_USER_INPUT');
    expect(answer.status).toBe(400);
  });

  it('refuses an unpaired surrogate in a name, and accepts a paired one', async () => {
    expectRefused(await post(CreatePerson, { input: { fullName: LONE_SURROGATE } }), 'BAD_USER_INPUT');
    expectRefused(await post(SearchPeople, { search: '\udc00' }), 'BAD_USER_INPUT');
    const paired = await post(CreatePerson, { input: { fullName: 'Nguyễn 😀 Lan' } });
    expect(paired.errors).toBeUndefined();
  });

  it('normalizes a name at the edge (NFC, spaces, trim) and refuses a blank or too long one', async () => {
    const nfd = '  Nguye\u0302\u0303n   Thị  Lan '.normalize('NFD');
    const created = await post(`${CreatePerson.replace('id }', 'id fullName }')}`, {
      input: { fullName: nfd },
    });
    expect(created.data).toEqual({
      createPerson: { person: { id: expect.any(String), fullName: 'Nguyễn Thị Lan' } },
    });
    const blank = await post(CreatePerson, { input: { fullName: ' \n\t ' } });
    expectRefused(blank, 'BAD_USER_INPUT');
    expect(blank.errors?.[0]?.extensions?.field).toBe('fullName');
    const long = await post(CreatePerson, { input: { fullName: 'ư'.repeat(301) } });
    expect(long.errors?.[0]?.message).toBe('fullName must be at most 300 characters');
  });

  it('refuses a search string longer than the limit, and takes one at the limit', async () => {
    const tooLong = await post(SearchPeople, { search: 'x'.repeat(MAX_BODY_BYTES - 1_000) });
    expectRefused(tooLong, 'BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.extensions?.field).toBe('search');
    const longest = await post(SearchPeople, { search: 'x'.repeat(MAX_SEARCH_LENGTH) });
    expect(longest.errors).toBeUndefined();
  });
});

describe('dates', () => {
  const task = (dueOn: string) => ({
    title: 'Việc',
    dueOn,
    lead: { organizationId: gid.org(host) },
  });

  it('refuses a date in year 0 or beyond the accepted range, as a variable or a literal', async () => {
    expectRefused(await post(CreateTask, { input: task('0000-01-01') }), 'BAD_USER_INPUT');
    expectRefused(await post(CreateTask, { input: task('2200-01-01') }), 'BAD_USER_INPUT');
    expectRefused(await post(CreateTask, { input: task('2026-02-30') }), 'BAD_USER_INPUT');
    const literal = await post(
      `mutation { createTask(input: { title: "x", dueOn: "0000-01-01", lead: { organizationId: "${gid.org(host)}" } }) { task { id } } }`,
    );
    expectRefused(literal, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a meetings range from year 0 to 9999, and accepts one within range', async () => {
    const wide = await post(Meetings, { from: '0000-01-01T00:00:00Z', to: '9999-12-31T23:59:59Z' });
    expectRefused(wide, 'BAD_USER_INPUT');
    expectRefused(await post(Meetings, { from: '1899-12-31T23:59:59Z' }), 'BAD_USER_INPUT');
    const fine = await post(Meetings, { from: '1900-01-01T00:00:00Z', to: '2199-12-31T23:59:59Z' });
    expect(fine.errors).toBeUndefined();
  });
});

describe('recurrence', () => {
  const meeting = (recurrence: Record<string, unknown>) => ({
    input: {
      kind: 'PERIODIC_BRIEFING',
      title: 'Giao ban',
      hostOrganizationId: gid.org(host),
      startsAt: '2027-01-04T01:00:00.000Z',
      endsAt: '2027-01-04T02:00:00.000Z',
      recurrence,
    },
  });

  it('refuses a rule that never yields, with count or with until', async () => {
    const rrule = 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30';
    expectRefused(await post(Schedule, meeting({ rrule, count: 3 })), 'BAD_USER_INPUT');
    expectRefused(await post(Schedule, meeting({ rrule, until: '2030-01-01' })), 'BAD_USER_INPUT');
    expectRefused(
      await post(Schedule, meeting({ rrule: 'FREQ=DAILY;BYMONTHDAY=30;BYMONTH=2', count: 3 })),
      'BAD_USER_INPUT',
    );
    expectRefused(await post(Schedule, meeting({ rrule: 'FREQ=WEEKLY;UNTIL=99991231' })), 'BAD_USER_INPUT');
  });
});

describe('operations and bodies', () => {
  it('refuses a subscription sent over HTTP POST', async () => {
    const answer = await post('subscription { notificationAdded { id } }');
    expectRefused(answer, 'BAD_REQUEST');
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.message).toMatch(/WebSocket/);
    const viaGet = await fetch(
      `${ts.url}?query=${encodeURIComponent('subscription { notificationAdded { id } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expectRefused({ status: viaGet.status, ...((await viaGet.json()) as object) }, 'BAD_REQUEST');
  });

  it('refuses malformed JSON, a body of the wrong shape and a too large body', async () => {
    expectRefused(await postRaw('{"query": "{ __typename }"'), 'BAD_REQUEST');
    expectRefused(await postRaw('[1, 2'), 'BAD_REQUEST');
    expectRefused(await postRaw(JSON.stringify({ query: 42 })), 'BAD_REQUEST');
    expectRefused(await postRaw(JSON.stringify({ query: '{ __typename }', variables: [1] })), 'BAD_REQUEST');
    expectRefused(await postRaw(JSON.stringify({ nothing: true })), 'BAD_REQUEST');
    const huge = JSON.stringify({ query: '{ __typename }', variables: { x: 'y'.repeat(MAX_BODY_BYTES) } });
    expectRefused(await postRaw(huge), 'PAYLOAD_TOO_LARGE');
  });

  it('refuses variables of the wrong type', async () => {
    const page = 'query P($first: Int) { organizations(first: $first) { totalCount } }';
    expectRefused(await post(page, { first: 'ten' }), 'BAD_USER_INPUT');
    expectRefused(await post(page, { first: 1.5 }), 'BAD_USER_INPUT');
    // An integer too large for Int is first an over-cost page (the cost check reads the variable).
    expectRefused(await post(page, { first: 2 ** 40 }), 'GRAPHQL_VALIDATION_FAILED');
    expectRefused(await post(CreatePerson, { input: 5 }), 'BAD_USER_INPUT');
    expectRefused(await post(CreatePerson, { input: { fullName: ['Lan'] } }), 'BAD_USER_INPUT');
    expectRefused(await post(CreatePerson, { input: { fullName: 'Lan', unknown: 1 } }), 'BAD_USER_INPUT');
    expectRefused(await post(SearchPeople, { search: { nested: true } }), 'BAD_USER_INPUT');
  });

  it('refuses malformed IDs and cursors', async () => {
    expectRefused(await post('{ organization(id: "not-an-id") { id } }'), 'BAD_USER_INPUT');
    expectRefused(await post('{ node(id: "%%%") { id } }'), 'BAD_USER_INPUT');
    expectRefused(await post('{ organizations(after: "garbage!") { totalCount } }'), 'BAD_USER_INPUT');
  });

  it('refuses a deeply nested variable, a deep query, an alias-heavy query and a huge document', async () => {
    const nested = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const body = `{"query": ${JSON.stringify(SearchPeople)}, "variables": { "search": ${nested} }}`;
    expectRefused(await postRaw(body), 'BAD_USER_INPUT');
    const deep = `{ organizations { edges { node { ${'parent { '.repeat(20)}id${' }'.repeat(20)} } } } }`;
    expectRefused(await post(deep), 'GRAPHQL_VALIDATION_FAILED');
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: people { totalCount }`).join(' ');
    expectRefused(await post(`{ ${aliases} }`), 'GRAPHQL_VALIDATION_FAILED');
    expectRefused(await post(`{ ${'__typename '.repeat(5_000)} }`), 'GRAPHQL_PARSE_FAILED');
    expectRefused(await post('{ people { '), 'GRAPHQL_PARSE_FAILED');
    expectRefused(await post('{ noSuchField }'), 'GRAPHQL_VALIDATION_FAILED');
  });
});

describe('over graphql-ws', () => {
  let client: Client;
  beforeAll(async () => {
    client = createClient({
      url: ts.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${admin.token}` },
      retryAttempts: 0,
    });
  });
  afterAll(() => client?.dispose());

  it('refuses a NUL in a subscription variable with a typed error', async () => {
    const errors = await new Promise<Answer['errors']>((resolve) => {
      client.subscribe(
        {
          query: 'subscription S($after: String) { notificationAdded(after: $after) { id } }',
          variables: { after: NUL },
        },
        { next: () => undefined, error: (e) => resolve(e as Answer['errors']), complete: () => resolve([]) },
      );
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
