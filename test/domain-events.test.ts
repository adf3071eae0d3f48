/**
 * Typed domain events (issue 12): the module that owns an event says who
 * hears about it (`noticeOn`); the notifications module stores and delivers,
 * and reads no other module's tables — a module added later (here a test
 * topic) notifies people without editing the notifications module. Modules'
 * reminder sources read other modules' data only through declared views.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { recordEvent } from '../server/core/domain-events.js';
import { inSystemTransaction } from '../server/core/transaction.js';
import { Notification, NotificationKind } from '../server/modules/notifications/notification.entity.js';
import { noticeOn } from '../server/modules/notifications/notices.js';
import { makeArea, makeOrganization, makeUser, makeUserWith } from './helpers/factories.js';
import {
  modulesRoot,
  moduleRelations,
  type Relation,
  relationsNamed,
  sourceFiles,
} from './helpers/module-relations.js';
import { useTestServer } from './helpers/server.js';

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

const ts = useTestServer();

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

describe('module boundaries', () => {
  const relations = moduleRelations();
  const ownedByOthers = (module: string) => relations.filter((r) => r.module !== module);
  const named = (files: string[], module: string, foreign: (r: Relation) => boolean) =>
    files.flatMap((file) =>
      relationsNamed(file, ownedByOthers(module))
        .filter(foreign)
        .map((r) => `${path.basename(file)}: ${r.name} (${r.module})`)
        .toSorted(),
    );

  const owner = (name: string) => relations.find((r) => r.name === name);

  it('knows the tables and views of the modules', () => {
    expect([
      owner('task'),
      owner('meeting_minutes'),
      owner('role_holder'),
      owner('reminder_preference'),
    ]).toEqual([
      { name: 'task', module: 'tasks', view: false },
      { name: 'meeting_minutes', module: 'meetings', view: false },
      { name: 'role_holder', module: 'access', view: true },
      { name: 'reminder_preference', module: 'notifications', view: true },
    ]);
    // The SQL the reminder sources had before reading views is caught.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'boundaries-')), 'old.ts');
    writeFileSync(file, 'sql = `select 1 from task t join role_grant g on true join app_user u on true`;');
    expect(named([file], 'tasks', () => true)).toEqual([
      'old.ts: app_user (users)',
      'old.ts: role_grant (access)',
    ]);
  });

  it("the notifications module, reminders included, names no other module's table or view (who hears is said by the owner)", () => {
    const files = sourceFiles(path.join(modulesRoot, 'notifications'));
    expect(files.some((f) => f.endsWith('scheduler.ts'))).toBe(true);
    expect(named(files, 'notifications', () => true)).toEqual([]);
  });

  it("the reminder sources read other modules' data only through views their owners declare", () => {
    const sources = {
      tasks: 'tasks/task.reminders.ts',
      meetings: 'meetings/meeting.reminders.ts',
      petitions: 'petitions/petition.reminders.ts',
    };
    const files = Object.values(sources).map((f) => path.join(modulesRoot, f));
    const tables = Object.entries(sources).flatMap(([module, f]) =>
      named([path.join(modulesRoot, f)], module, (r) => !r.view),
    );
    expect(tables).toEqual([]);
    // They do compose with the views (a file that read nothing would pass the check above).
    const views = files.map((f) =>
      relationsNamed(f, relations)
        .filter((r) => r.view)
        .map((r) => r.name)
        .toSorted(),
    );
    expect(views).toEqual([
      ['reminder_lead_in_use', 'reminder_preference', 'role_holder'],
      ['reminder_lead_in_use', 'reminder_preference', 'role_holder'],
      ['role_holder'],
    ]);
  });
  it("the reports module counts records through their owners' definitions: it names none of their tables, and each definition names only its own module's tables and the directory", () => {
    const recordModules = ['meetings', 'petitions', 'models', 'oversight', 'tasks', 'programs', 'situations'];
    const reports = sourceFiles(path.join(modulesRoot, 'reports'));
    expect(reports.some((f) => f.endsWith('registry.ts'))).toBe(true);
    expect(named(reports, 'reports', (r) => recordModules.includes(r.module))).toEqual([]);
    const definitions = sourceFiles(modulesRoot).filter((f) => f.endsWith('.counted.ts'));
    expect(definitions.map((f) => path.basename(f)).toSorted()).toEqual([
      'meeting.counted.ts',
      'model.counted.ts',
      'organization.counted.ts',
      'oversight.counted.ts',
      'petition.counted.ts',
      'program.counted.ts',
      'task.counted.ts',
    ]);
    const directory = ['organizations', 'areas', 'people'];
    const foreign = definitions.flatMap((f) =>
      named([f], path.basename(path.dirname(f)), (r) => !directory.includes(r.module)),
    );
    expect(foreign).toEqual([]);
  });
});
