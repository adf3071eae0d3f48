import { createClient, type Client } from 'graphql-ws';
import { Lexer, parse, Source, TokenKind, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { makeArea, makeOrganization, makeUser, type TestUser } from './helpers/factories.js';
import { type GqlResult, useTestServer } from './helpers/server.js';
import { MAX_PAGE_SIZE } from '../server/core/pagination.js';
import {
  MAX_ALIASES,
  MAX_COST,
  MAX_DEPTH,
  MAX_DIRECTIVES,
  MAX_TOKENS,
  operationCost,
} from '../server/app/limits.js';
import { issueTokens } from '../server/modules/users/commands/issue-tokens.js';
import { User } from '../server/modules/users/user.entity.js';

/** A GraphQL answer over HTTP. */
type Result = GqlResult<Record<string, unknown>>;

const ts = useTestServer({
  setUp: async () => {
    viewer = await makeUser(ts.orm);
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const top = await makeOrganization(em, { area });
    await makeOrganization(em, { area, parent: await makeOrganization(em, { area, parent: top }) });
    const baseline = await post('{ __typename }');
    expect(baseline.errors).toBeUndefined();
    viewerLookup = baseline.sql;
    expect(viewerLookup).toBeGreaterThan(0);
  },
  tearDown: async () => {
    for (const client of clients) await client.dispose();
  },
});
let viewer: TestUser;
/** SQL statements of a request that runs no resolver touching the database: the viewer lookup only. */
let viewerLookup: number;
const clients: Client[] = [];

/** POSTs `query` as `token`'s user; returns the response and the SQL statements it caused. */
async function post(query: string, variables?: Record<string, unknown>, token: string | null = viewer.token) {
  ts.sql.reset();
  return { ...(await ts.gql(query, variables, token)), sql: ts.sql.count };
}

/** A page of the directory of `first` organizations. */
const page = (first: number) =>
  post('query Page($first: Int) { organizations(first: $first) { totalCount } }', { first });

/** Rejected before execution: a typed error, a client-error status, and only the viewer lookup ran. */
function expectRejected(result: Result & { sql: number }, code: string, message?: RegExp) {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  if (message) expect(result.errors![0].message).toMatch(message);
  expect(result.status).toBeGreaterThanOrEqual(400);
  expect(result.status).toBeLessThan(500);
  expect(result.data ?? null).toBeNull();
  expect(result.sql).toBe(viewerLookup);
}

/** Ran: no error, and resolvers reached the database beyond the viewer lookup. */
function expectAccepted(result: Result & { sql: number }) {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.status).toBe(200);
  expect(result.sql).toBeGreaterThan(viewerLookup);
}

/** Number of tokens graphql-js's parser counts against `maxTokens`. */
function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

/** A query `depth` levels deep (Armor counts every field level): a chain of `parent`s below a page. */
const deepQuery = (depth: number) =>
  `{ organizations(first: 1) { edges { node { ${'parent { '.repeat(depth - 4)}name${' }'.repeat(depth - 4)} } } } }`;
const aliasQuery = (aliases: number) =>
  `{ ${repeat(aliases, (i) => `a${i}: organizations(first: 1) { totalCount }`)} }`;
const directiveQuery = (directives: number) =>
  `{ organizations(first: 1) { totalCount } ${repeat(directives, () => '__typename @include(if: true)')} }`;
const kindsQuery = (kinds: number) =>
  `{ organizations(first: 1, filter: { kinds: [${repeat(kinds, () => 'ARMED_FORCES')}] }) { totalCount } }`;
/**
 * A query of exactly `tokens` tokens, padded with a long list literal (thousands
 * of repeated fields would trip graphql-js's own budget for overlapping fields).
 */
function tokenQuery(tokens: number): string {
  const padded = kindsQuery(tokens - tokenCount(kindsQuery(0)));
  expect(tokenCount(padded)).toBe(tokens);
  return padded;
}
const NESTED = `query Nested($outer: Int, $inner: Int) {
  organizations(first: $outer) { edges { node { id children(first: $inner) { edges { node { id } } } } } }
}`;

describe('query limits over HTTP', () => {
  it('limits depth', async () => {
    expectAccepted(await post(deepQuery(MAX_DEPTH)));
    expectRejected(
      await post(deepQuery(MAX_DEPTH + 1)),
      'GRAPHQL_VALIDATION_FAILED',
      new RegExp(`^Query depth limit of ${MAX_DEPTH} exceeded, found ${MAX_DEPTH + 1}\\.$`),
    );
  });

  it('limits aliases', async () => {
    expectAccepted(await post(aliasQuery(MAX_ALIASES)));
    expectRejected(await post(aliasQuery(MAX_ALIASES + 1)), 'GRAPHQL_VALIDATION_FAILED', /Aliases limit/);
  });

  it('limits directives', async () => {
    expectAccepted(await post(directiveQuery(MAX_DIRECTIVES)));
    expectRejected(
      await post(directiveQuery(MAX_DIRECTIVES + 1)),
      'GRAPHQL_VALIDATION_FAILED',
      /Directives limit/,
    );
  });

  it('limits tokens', async () => {
    expectAccepted(await post(tokenQuery(MAX_TOKENS)));
    expectRejected(
      await post(tokenQuery(MAX_TOKENS + 1)),
      'GRAPHQL_PARSE_FAILED',
      new RegExp(`more th\\w+ ${MAX_TOKENS} tokens`),
    );
  });

  it('limits cost in objects, with the page sizes really asked for', async () => {
    const document = parse(NESTED);
    const cost = (outer: number, inner: number | null) =>
      operationCost(ts.server.schema, document, document.definitions[0] as OperationDefinitionNode, {
        outer,
        inner,
      });
    // Objects count 1 (the connection, its edges, the node), scalars 0, a page multiplies its subtree.
    const flat = parse('{ organizations(first: 10) { edges { node { id name } } } }');
    const flatOp = flat.definitions[0] as OperationDefinitionNode;
    expect(operationCost(ts.server.schema, flat, flatOp, {})).toBe(10 * 3);
    // A variable counts its value, an absent page size the default (20), like a literal would.
    const literal = parse(NESTED.replace('first: $outer', 'first: 7').replace('first: $inner', 'first: 20'));
    expect(cost(7, null)).toBe(
      operationCost(ts.server.schema, literal, literal.definitions[0] as OperationDefinitionNode, {}),
    );
    const outer = MAX_PAGE_SIZE;
    let inner = 1;
    while (cost(outer, inner + 1) <= MAX_COST) inner++;
    expect(inner).toBeLessThan(MAX_PAGE_SIZE);
    expect(cost(outer, inner)).toBeLessThanOrEqual(MAX_COST);
    expect(cost(outer, inner + 1)).toBeGreaterThan(MAX_COST);

    expectAccepted(await post(NESTED, { outer, inner }));
    expectRejected(
      await post(NESTED, { outer, inner: inner + 1 }),
      'GRAPHQL_VALIDATION_FAILED',
      new RegExp(`^Query cost limit of ${MAX_COST} exceeded`),
    );
    // Without `inner` the default page size (20) applies, exactly as if it were written.
    expect(cost(outer, null)).toBe(cost(outer, 20));
  });

  it('lets a realistic page of the directory through', async () => {
    const query = `{ organizations(first: ${MAX_PAGE_SIZE}) { edges { node {
      area { name } parent { name } positions { title person { fullName } } } } } }`;
    expectAccepted(await post(query));
  });

  it('limits the page size', async () => {
    expectAccepted(await page(MAX_PAGE_SIZE));
    const over = await page(MAX_PAGE_SIZE + 1);
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.status).toBeLessThan(500);
    expect(over.data).toBeNull();
    expect(over.sql).toBe(viewerLookup);
  });

  it('answers a rejected request without a token with the same typed error and no SQL at all', async () => {
    const result = await post(deepQuery(MAX_DEPTH + 1), undefined, null);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.status).toBe(400);
    expect(result.sql).toBe(0);
  });
});

/** Connects over graphql-ws as `token`'s user. */
async function connect(url: string, token: string | null): Promise<Client> {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
  });
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (event) => reject(new Error(`closed ${(event as { code?: number }).code}`)));
  });
  return client;
}

/** Runs one operation over `client`; resolves with what it got and the SQL statements it caused. */
async function run(client: Client, query: string, variables?: Record<string, unknown>) {
  // WebSocket operations read through the live-delivery pool.
  ts.liveSql.reset();
  const outcome = await new Promise<{ data?: unknown; errors?: Result['errors'] }>((resolve) => {
    let last: { data?: unknown; errors?: Result['errors'] } = {};
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          last = value as typeof last;
        },
        error: (errors) => resolve({ errors: errors as Result['errors'] }),
        complete: () => resolve(last),
      },
    );
  });
  return { ...outcome, sql: ts.liveSql.count };
}

describe('query limits over graphql-ws', () => {
  let client: Client;
  beforeAll(async () => {
    client = await connect(ts.wsUrl, viewer.token); // the viewer lookup happens here, once
  });

  it('limits depth', async () => {
    const ok = await run(client, deepQuery(MAX_DEPTH));
    expect(ok.errors).toBeUndefined();
    expect(ok.sql).toBeGreaterThan(0);
    const over = await run(client, deepQuery(MAX_DEPTH + 1));
    expect(over.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(over.errors?.[0]?.message).toMatch(/Query depth limit/);
    expect(over.sql).toBe(0);
  });

  it('limits tokens', async () => {
    const ok = await run(client, tokenQuery(MAX_TOKENS));
    expect(ok.errors).toBeUndefined();
    expect(ok.sql).toBeGreaterThan(0);
    const over = await run(client, tokenQuery(MAX_TOKENS + 1));
    expect(over.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(over.sql).toBe(0);
  });

  it('limits aliases, directives and cost', async () => {
    for (const query of [aliasQuery(MAX_ALIASES + 1), directiveQuery(MAX_DIRECTIVES + 1)]) {
      const over = await run(client, query);
      expect(over.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(over.sql).toBe(0);
    }
    const costly = await run(client, NESTED, { outer: 100, inner: 100 });
    expect(costly.errors?.[0]?.message).toMatch(/Query cost limit/);
    expect(costly.sql).toBe(0);
  });

  it('answers a syntax error with a typed error and keeps the connection', async () => {
    const broken = await run(client, '{ organizations(');
    expect(broken.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await run(client, '{ __typename }')).errors).toBeUndefined();
  });

  it('closes a socket that does not initialise in time (4408)', async () => {
    const socket = new WebSocket(ts.wsUrl, 'graphql-transport-ws');
    const closeCode = await new Promise<number>((resolve) => socket.on('close', (c) => resolve(c)));
    expect(closeCode).toBe(4408);
  }, 15_000);
});

describe('in production', () => {
  const PROD_SECRET = 'x'.repeat(40);
  const prod = useTestServer({ env: { NODE_ENV: 'production', TOKEN_SECRET: PROD_SECRET } });

  it('refuses introspection and hides field suggestions over HTTP and graphql-ws', async () => {
    // WebSockets need a signed-in viewer: a token signed with the production secret.
    const { user } = await makeUser(prod.orm);
    const em = prod.orm.em.fork();
    const { accessToken } = await issueTokens(em, PROD_SECRET, em.getReference(User, user.id), null);
    const client = await connect(prod.wsUrl, accessToken);
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }']) {
      const http = await prod.gql(query);
      expect(http.status).toBe(400);
      expect(http.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const ws = await run(client, query);
      expect(ws.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(ws.errors?.[0]?.message).toMatch(/introspection/i);
    }
    const typo = '{ organisations { totalCount } }';
    const http = await prod.gql(typo);
    const ws = await run(client, typo);
    for (const errors of [http.errors, ws.errors]) {
      expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errors?.[0]?.message).toContain('organisations');
      expect(errors?.[0]?.message).not.toMatch(/did you mean/i);
    }
    await client.dispose(); // before the server goes away
  });
});
