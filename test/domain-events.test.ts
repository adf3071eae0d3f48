/**
 * Typed domain events (issue 12): the module that owns an event says who
 * hears about it (`noticeOn`); the notifications module stores and delivers,
 * and reads no other module's tables — a module added later (here a test
 * topic) notifies people without editing the notifications module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { recordEvent } from '../server/core/domain-events.js';
import { inSystemTransaction } from '../server/core/transaction.js';
import { Notification, NotificationKind } from '../server/modules/notifications/notification.entity.js';
import { noticeOn } from '../server/modules/notifications/notices.js';
import { makeArea, makeOrganization, makeUser, makeUserWith } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

declare module '../server/core/pubsub.js' {
  interface Events {
    /** A topic of a module that does not exist: only this test publishes it. */
    TEST_THING_HAPPENED: [{ thingId: string; organizationIds: string[]; personIds: string[]; loud: boolean }];
  }
}

noticeOn('TEST_THING_HAPPENED', async (_em, { thingId, organizationIds, personIds, loud }) =>
  loud
    ? {
        kind: NotificationKind.PROGRAM_UPDATED,
        title: 'Việc thử nghiệm',
        body: `Việc ${thingId}`,
        subjectType: 'TestThing',
        subjectId: thingId,
        recipients: { organizationIds, personIds: [...personIds, null] },
      }
    : null,
);

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts?.stop();
});

const inboxOf = (personId: string, subjectId: string) =>
  ts.orm.em.fork().find(Notification, { recipient: personId, subjectId });

describe('a module that declares who hears about its events', () => {
  it('notifies the role holders of its organizations and the people it names, once each, in the same transaction', async () => {
    const em = ts.orm.em.fork();
    const organization = await makeOrganization(em, { area: await makeArea(em) });
    const holder = await makeUserWith(ts.orm, organization.id, Role.VIEWER);
    const named = await makeUser(ts.orm);
    const bystander = await makeUser(ts.orm);
    const thingId = crypto.randomUUID();
    await inSystemTransaction(ts.orm.em, ts.pubsub, async (tx) => {
      recordEvent(tx, 'TEST_THING_HAPPENED', {
        thingId,
        organizationIds: [organization.id],
        personIds: [named.person.id, holder.person.id],
        loud: true,
      });
    });
    for (const person of [holder.person, named.person]) {
      const rows = await inboxOf(person.id, thingId);
      expect(rows.map((r) => [r.kind, r.title, r.body, r.subjectType])).toEqual([
        [NotificationKind.PROGRAM_UPDATED, 'Việc thử nghiệm', `Việc ${thingId}`, 'TestThing'],
      ]);
      expect(rows[0].seq).not.toBeNull();
    }
    expect(await inboxOf(bystander.person.id, thingId)).toEqual([]);
  });

  it('writes nothing when the owner says no one is to be told, and nothing when the transaction rolls back', async () => {
    const named = await makeUser(ts.orm);
    const quiet = crypto.randomUUID();
    await inSystemTransaction(ts.orm.em, ts.pubsub, async (tx) => {
      recordEvent(tx, 'TEST_THING_HAPPENED', {
        thingId: quiet,
        organizationIds: [],
        personIds: [named.person.id],
        loud: false,
      });
    });
    const rolledBack = crypto.randomUUID();
    await expect(
      inSystemTransaction(ts.orm.em, ts.pubsub, async (tx) => {
        recordEvent(tx, 'TEST_THING_HAPPENED', {
          thingId: rolledBack,
          organizationIds: [],
          personIds: [named.person.id],
          loud: true,
        });
        await tx.flush();
        await tx.execute('select 1/0');
      }),
    ).rejects.toThrow();
    expect(await inboxOf(named.person.id, quiet)).toEqual([]);
    expect(await inboxOf(named.person.id, rolledBack)).toEqual([]);
  });

  it('a topic has one owner: a second builder for it is refused', () => {
    expect(() => noticeOn('TEST_THING_HAPPENED', async () => null)).toThrow(/already registered/);
  });
});

/** Source text without its comments (prose may say "from task"). */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('the notifications module', () => {
  const root = path.resolve(import.meta.dirname, '../server/modules/notifications');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? entry.name === 'reminders'
          ? [] // reminder queries still join task and meeting tables (docs/decisions/015)
          : sources(path.join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? [path.join(dir, entry.name)]
          : [],
    );

  it("names no other module's tables in its SQL (who hears is said by the module that owns the event)", () => {
    const tables =
      'task|task_assignment|meeting|meeting_chair|meeting_invitation|coordination_program|program_participant|role_grant|app_user';
    // A table read (`from task`, `join app_user`, …) or a table name passed as a string (`'task'`).
    const sqlUse = new RegExp(`\\b(from|join|into|update)\\s+(${tables})\\b|['"\`](${tables})['"\`]`, 'g');
    const offending = sources(root).flatMap((file) =>
      [...withoutComments(readFileSync(file, 'utf8')).matchAll(sqlUse)].map(
        (m) => `${path.basename(file)}: ${m[0]}`,
      ),
    );
    expect(offending).toEqual([]);
  });
});
