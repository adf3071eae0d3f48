/**
 * The viewer's reach is kept between requests while its fingerprint holds (decision 024):
 * the same access object comes back, its roles not read again; a change made behind the
 * platform's back (no ACCESS_CHANGED event) is seen on the very next request.
 */
import { describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../server/app/context-factory.js';
import { Role } from '../../server/core/access.js';
import { readConfig } from '../../server/core/config.js';
import { createEventBus } from '../../server/core/pubsub.js';
import { grantRole, makeOrganization, makeUser, type TestUser } from '../helpers/factories.js';
import { makeChain, ts, useAccessServer } from '../helpers/access.js';

useAccessServer();

const deps = () => ({ orm: ts.orm, config: readConfig({ NODE_ENV: 'test' }), pubsub: createEventBus() });

/** The access a request of `user` would start with. */
async function accessOf(user: TestUser) {
  const viewer = await viewerFromToken(deps(), user.token);
  if (!viewer?.access) throw new Error('no viewer');
  return viewer.access;
}

describe('the reach kept between requests', () => {
  it('reuses the access while nothing changed, and reads the roles only once', async () => {
    const { province } = await makeChain();
    const user = await makeUser(ts.orm);
    await grantRole(ts.orm, user.user.id, province.id, Role.VIEWER);
    const first = await accessOf(user);
    ts.sql.reset();
    const second = await accessOf(user);
    expect(second).toBe(first);
    expect(ts.sql.count).toBe(1);
    expect(ts.sql.statements.join('\n')).toMatch(/case when f\.fingerprint is distinct from/);
  });

  it('sees a grant written straight into the database on the next request', async () => {
    const { province, other } = await makeChain();
    const user = await makeUser(ts.orm);
    await grantRole(ts.orm, user.user.id, province.id, Role.VIEWER);
    const before = await accessOf(user);
    expect(before.has(Role.VIEWER, other.id)).toBe(false);
    await grantRole(ts.orm, user.user.id, other.id, Role.COORDINATOR);
    const after = await accessOf(user);
    expect(after).not.toBe(before);
    expect(after.has(Role.COORDINATOR, other.id)).toBe(true);
  });

  it('sees an organization created below a granted one on the next request', async () => {
    const { area, province } = await makeChain();
    const user = await makeUser(ts.orm);
    await grantRole(ts.orm, user.user.id, province.id, Role.COORDINATOR);
    await accessOf(user);
    const commune = await makeOrganization(ts.orm.em.fork(), { area, parent: province });
    expect((await accessOf(user)).has(Role.COORDINATOR, commune.id)).toBe(true);
  });

  it('drops a grant that ended, and the administrator flag that was taken away', async () => {
    const { province } = await makeChain();
    const user = await makeUser(ts.orm, { isSystemAdmin: true });
    const grantId = await grantRole(ts.orm, user.user.id, province.id, Role.ADMIN);
    expect((await accessOf(user)).isSystemAdmin).toBe(true);
    await ts.orm.em.fork().execute('update role_grant set valid_to = now() where id = ?', [grantId]);
    await ts.orm.em
      .fork()
      .execute('update app_user set is_system_admin = false where id = ?', [user.user.id]);
    const after = await accessOf(user);
    expect(after.isSystemAdmin).toBe(false);
    expect(after.has(Role.VIEWER, province.id)).toBe(false);
  });
});
