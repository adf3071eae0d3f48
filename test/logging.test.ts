/**
 * Structured logs (issue 13, item 2), request lines: one JSON line per request with the
 * request id (the client's `X-Request-Id`, else generated; returned as a header),
 * operation, status, duration, the acting user or API token and its organization, and
 * error codes; never personal data or credentials; internal errors' stacks in the log only.
 * Other lines: `logging-events.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../server/core/logger.js';
import { Role } from '../server/core/access.js';
import { gid, makeArea, makeOrganization, makeUser, makeUserWith, unique } from './helpers/factories.js';
import { captureLines } from './helpers/log-capture.js';
import { useTestServer } from './helpers/server.js';

const log = captureLines();
const ts = useTestServer({ logger: createLogger({ level: 'info', destination: log.destination }) });

/** POSTs a GraphQL request with extra headers; the status, the response headers and the body. */
async function post(query: string, variables: object, headers: Record<string, string> = {}) {
  const response = await fetch(ts.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const requestLine = (reqId: string) => log.waitFor((l) => l.reqId === reqId && l.msg === 'request');

describe('request log lines', () => {
  it("keeps the client's X-Request-Id, returns it, and writes one line with operation, status, user", async () => {
    const viewer = await makeUser(ts.orm);
    const reqId = unique('req-');
    const res = await post(
      'query LogViewer { viewer { id } }',
      {},
      {
        'x-request-id': reqId,
        authorization: `Bearer ${viewer.token}`,
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(reqId);
    const line = await requestLine(reqId);
    expect(line).toMatchObject({
      level: 30,
      operationName: 'LogViewer',
      operationType: 'query',
      userId: viewer.user.id,
      req: { method: 'POST', path: '/graphql' },
      res: { status: 200 },
    });
    expect(typeof line.durationMs).toBe('number');
    // A control request after it: by the time its line is written, no second line for reqId exists.
    const control = await post('query LogControl { __typename }', {});
    await requestLine(control.headers.get('x-request-id')!);
    expect(log.lines.filter((l) => l.reqId === reqId && l.msg === 'request')).toHaveLength(1);
  });

  it('generates an id when none (or an unusable one) is sent', async () => {
    for (const given of [undefined, 'has spaces and ümlauts', 'x'.repeat(200)]) {
      const res = await post('{ __typename }', {}, given ? { 'x-request-id': given } : {});
      const id = res.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await requestLine(id!)).res).toEqual({ status: 200 });
    }
  });

  it('names an API token and its organization, never the token', async () => {
    const em = ts.orm.em.fork();
    const org = await makeOrganization(em, { area: await makeArea(em) });
    const admin = await makeUserWith(ts.orm, org.id, Role.ADMIN);
    const created = await post(
      'mutation LogCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret apiToken { id } } }',
      { input: { organizationId: gid.org(org), role: Role.VIEWER, name: 'Cổng tích hợp' } },
      { authorization: `Bearer ${admin.token}` },
    );
    const secret: string = created.body.data.createApiToken.secret;
    const res = await post(
      'query LogIntegration($id: ID!) { organization(id: $id) { id } }',
      { id: gid.org(org) },
      { authorization: `Bearer ${secret}` },
    );
    expect(res.body.errors).toBeUndefined();
    const line = await requestLine(res.headers.get('x-request-id')!);
    expect(line).toMatchObject({ operationName: 'LogIntegration', organizationId: org.id });
    expect(line.apiTokenId).toEqual(expect.any(String));
    expect(line.userId).toBeUndefined();
    expect(log.raw.join('')).not.toContain(secret);
  });

  it('writes the error code of a failed request and no email, password or token, even in variables and headers', async () => {
    const email = `${unique('secret-')}@test.phoihop.vn`;
    const password = `pw-${unique()}-never-logged`;
    const viewer = await makeUser(ts.orm);
    const res = await post(
      'mutation LogSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email, password } },
      { authorization: `Bearer ${viewer.token}`, cookie: `session=${password}` },
    );
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const line = await requestLine(res.headers.get('x-request-id')!);
    expect(line).toMatchObject({ operationName: 'LogSignIn', errorCodes: ['UNAUTHENTICATED'] });
    const all = log.raw.join('');
    for (const secret of [email, password, viewer.token, viewer.user.email])
      expect(all).not.toContain(secret);
  });

  it('hides calendar feed tokens in paths and drops query strings', async () => {
    const token = `feedtoken${unique()}`;
    const res = await fetch(`${ts.url.replace('/graphql', '')}/calendar/${token}.ics`);
    const line = await requestLine(res.headers.get('x-request-id')!);
    expect(line.req).toEqual({ method: 'GET', path: '/calendar/[redacted]' });
    const get = await fetch(
      `${ts.url}?query=${encodeURIComponent('{ __typename }')}&variables={"email":"${token}"}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect((await requestLine(get.headers.get('x-request-id')!)).req).toEqual({
      method: 'GET',
      path: '/graphql',
    });
    expect(log.raw.join('')).not.toContain(token);
  });

  it('keeps the stack of an internal error in the log only, under the request id the client sees', async () => {
    const viewer = await makeUser(ts.orm, { isSystemAdmin: true });
    const em = ts.orm.em.fork();
    await em.execute('alter table legal_document rename to legal_document_hidden');
    try {
      const res = await post(
        'query LogBroken { legalDocuments(first: 1) { edges { node { id } } } }',
        {},
        {
          authorization: `Bearer ${viewer.token}`,
        },
      );
      const reqId = res.headers.get('x-request-id')!;
      expect(res.body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: reqId });
      expect(JSON.stringify(res.body)).not.toMatch(/legal_document|\.ts:\d+/);
      const internal = await log.waitFor((l) => l.reqId === reqId && l.msg === 'internal error');
      expect(internal.level).toBe(50);
      expect((internal.err as { stack: string }).stack).toMatch(/legal_document/);
      expect(await requestLine(reqId)).toMatchObject({ errorCodes: ['INTERNAL_SERVER_ERROR'] });
    } finally {
      await em.execute('alter table legal_document_hidden rename to legal_document');
    }
  });
});
