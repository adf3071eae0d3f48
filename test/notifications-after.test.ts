/**
 * The inbox catch-up (`notificationsAfter`) on the one read path (core/read):
 * plain records, never managed entities, in one statement whatever the number
 * of notifications; oldest first, paged on by each notification's cursor.
 */
import { describe, expect, it } from 'vitest';
import { inSystemTransaction } from '../server/core/transaction.js';
import { NotificationKind } from '../server/modules/notifications/notification.entity.js';
import { notificationsAfter } from '../server/modules/notifications/notification.repository.js';
import { notify } from '../server/modules/notifications/notify.js';
import { graphql } from './generated/index.js';
import { makeUser } from './helpers/factories.js';
import { ok } from './helpers/results.js';
import { useTestServer } from './helpers/server.js';

const CatchUp = graphql(`
  query CatchUpAfter($after: String, $first: Int) {
    notificationsAfter(after: $after, first: $first) { id title subjectId cursor }
  }
`);

const ts = useTestServer();

/** `n` notifications for `personId`, one transaction each (so each commits with its own number). */
async function seed(personId: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await inSystemTransaction(ts.orm.em, ts.pubsub, (em) =>
      notify(em, null, [personId], {
        kind: NotificationKind.PROGRAM_UPDATED,
        title: `Thông báo ${i + 1}`,
        subjectType: 'Organization',
        subjectId: personId,
      }),
    );
  }
}

/** The catch-up of a new person with `n` notifications, and the statements it took. */
async function catchUp(n: number) {
  const user = await makeUser(ts.orm);
  await seed(user.person.id, n);
  ts.sql.reset();
  const list = ok(await ts.gql(CatchUp, { after: null, first: 50 }, user.token)).notificationsAfter;
  return { list, statements: [...ts.sql.statements] };
}

describe('notificationsAfter', () => {
  it('is read in the same statements for 2 notifications as for 12: the viewer and the list', async () => {
    const small = await catchUp(2);
    const large = await catchUp(12);
    expect(large.list.map((n) => n.title)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Thông báo ${i + 1}`),
    );
    const listing = large.statements.join('\n');
    expect(large.statements.length, listing).toBe(small.statements.length);
    expect(large.statements.length, listing).toBeLessThanOrEqual(2);
    expect(
      large.statements.filter((s) => s.includes('"notification"') || s.includes('notification n')),
    ).toHaveLength(1);
  });

  it('pages on by cursor, oldest first, and ends empty', async () => {
    const user = await makeUser(ts.orm);
    await seed(user.person.id, 5);
    const first = ok(await ts.gql(CatchUp, { after: null, first: 3 }, user.token)).notificationsAfter;
    expect(first.map((n) => n.title)).toEqual(['Thông báo 1', 'Thông báo 2', 'Thông báo 3']);
    const rest = ok(
      await ts.gql(CatchUp, { after: first[2].cursor, first: 3 }, user.token),
    ).notificationsAfter;
    expect(rest.map((n) => n.title)).toEqual(['Thông báo 4', 'Thông báo 5']);
    const none = ok(
      await ts.gql(CatchUp, { after: rest[1].cursor, first: 3 }, user.token),
    ).notificationsAfter;
    expect(none).toEqual([]);
  });

  it('returns plain records: nothing enters the identity map', async () => {
    const user = await makeUser(ts.orm);
    await seed(user.person.id, 3);
    const em = ts.orm.em.fork();
    const records = await notificationsAfter(em, user.person.id, null, 10);
    expect(records.map((n) => n.title)).toEqual(['Thông báo 1', 'Thông báo 2', 'Thông báo 3']);
    expect(records[0].recipient).toEqual({ id: user.person.id });
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });
});
