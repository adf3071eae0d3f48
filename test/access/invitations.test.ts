/** Invitations and password changes. */
import { describe, expect, it } from 'vitest';
import { gid, makeUser, unique } from '../helpers/factories.js';
import { codeOf, ok } from '../helpers/results.js';
import { Role } from '../../server/core/access.js';
import { hashPassword } from '../../server/core/auth/passwords.js';
import { hashSecret } from '../../server/core/auth/tokens.js';
import { Invitation } from '../../server/modules/access/invitation.entity.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { User } from '../../server/modules/users/user.entity.js';
import {
  AcceptInvitation,
  admin,
  ChangePassword,
  grant,
  InviteUser,
  makeChain,
  makePerson,
  MyRoles,
  Refresh,
  SignIn,
  ts,
  useAccessServer,
} from '../helpers/access.js';

useAccessServer();

describe('invitations', () => {
  it('invites, accepts once, then signs in with the chosen password', async () => {
    const { province, district } = await makeChain();
    const head = await makeUser(ts.orm);
    await grant(head, province, Role.ADMIN);
    const person = await makePerson();
    const email = `${unique('moi-')}@test.phoihop.vn`;
    const input = {
      email: ` ${email.toUpperCase()} `,
      personId: gid.person(person),
      organizationId: gid.org(district),
      role: Role.MEMBER,
    };
    const invited = ok(await ts.gql(InviteUser, { input }, head.token)).inviteUser;
    expect(invited.user.email).toBe(email);
    const em = ts.orm.em.fork();
    const user = await em.findOneOrFail(User, { email });
    expect(user.disabled).toBe(true);
    const invitation = await em.findOneOrFail(Invitation, { user: user.id });
    expect(invitation.tokenHash).toBe(hashSecret(invited.invitationToken));

    const password = 'mật khẩu mới 2025';
    expect(codeOf(await ts.gql(SignIn, { input: { email, password } }))).toBe('UNAUTHENTICATED');
    const short = await ts.gql(AcceptInvitation, {
      input: { invitationToken: invited.invitationToken, password: 'ngắn' },
    });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    const accepted = ok(
      await ts.gql(AcceptInvitation, { input: { invitationToken: invited.invitationToken, password } }),
    );
    const roles = ok(await ts.gql(MyRoles, {}, accepted.acceptInvitation.accessToken)).viewer.roles;
    expect(roles).toEqual([
      expect.objectContaining({ role: 'MEMBER', organization: { id: gid.org(district) } }),
    ]);
    expect(
      codeOf(
        await ts.gql(AcceptInvitation, { input: { invitationToken: invited.invitationToken, password } }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(ok(await ts.gql(SignIn, { input: { email, password } })).signIn.accessToken).toBeTruthy();

    expect(
      codeOf(
        await ts.gql(
          InviteUser,
          { input: { ...input, personId: gid.person(await makePerson()) } },
          head.token,
        ),
      ),
    ).toBe('CONFLICT');
    const again = { ...input, email: `${unique('khac-')}@test.phoihop.vn` };
    expect(codeOf(await ts.gql(InviteUser, { input: again }, head.token))).toBe('CONFLICT');
  });

  it('refuses unknown and expired invitations, and inviters without ADMIN', async () => {
    const { province } = await makeChain();
    const invite = async () =>
      ok(
        await ts.gql(
          InviteUser,
          {
            input: {
              email: `${unique('het-')}@test.phoihop.vn`,
              personId: gid.person(await makePerson()),
              organizationId: gid.org(province),
              role: Role.VIEWER,
            },
          },
          admin.token,
        ),
      ).inviteUser;
    const invited = await invite();
    await ts.orm.em
      .fork()
      .nativeUpdate(
        Invitation,
        { tokenHash: hashSecret(invited.invitationToken) },
        { expiresAt: new Date(Date.now() - 1000) },
      );
    const password = 'đủ mười ký tự rồi';
    expect(
      codeOf(
        await ts.gql(AcceptInvitation, { input: { invitationToken: invited.invitationToken, password } }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(
      codeOf(await ts.gql(AcceptInvitation, { input: { invitationToken: 'inv_khong-co', password } })),
    ).toBe('UNAUTHENTICATED');

    const member = await makeUser(ts.orm);
    await grant(member, province, Role.MEMBER);
    const input = {
      email: `${unique('x-')}@test.phoihop.vn`,
      personId: gid.person(await makePerson()),
      organizationId: gid.org(province),
      role: Role.VIEWER,
    };
    expect(codeOf(await ts.gql(InviteUser, { input }, member.token))).toBe('FORBIDDEN');
    expect(await ts.orm.em.fork().count(User, { email: input.email })).toBe(0);
  });
});

describe('changePassword', () => {
  it('needs the current password and signs out the other sessions only', async () => {
    const em = ts.orm.em.fork();
    const person = await makePerson();
    const oldPassword = 'mật khẩu cũ 2024';
    const user = em.create(User, {
      email: `${unique('doi-')}@test.phoihop.vn`,
      passwordHash: await hashPassword(oldPassword),
      person: em.getReference(Person, person.id),
    });
    await em.flush();
    const signIn = async (password: string) => ts.gql(SignIn, { input: { email: user.email, password } });
    const laptop = ok(await signIn(oldPassword)).signIn;
    const phone = ok(await signIn(oldPassword)).signIn;

    const newPassword = 'mật khẩu mới 2025';
    const wrong = await ts.gql(
      ChangePassword,
      { input: { currentPassword: 'sai rồi đấy bạn', newPassword } },
      laptop.accessToken,
    );
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    const short = await ts.gql(
      ChangePassword,
      { input: { currentPassword: oldPassword, newPassword: 'ngắn' } },
      laptop.accessToken,
    );
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    const changed = await ts.gql(
      ChangePassword,
      { input: { currentPassword: oldPassword, newPassword } },
      laptop.accessToken,
    );
    expect(ok(changed).changePassword.changed).toBe(true);

    expect(codeOf(await ts.gql(MyRoles, {}, phone.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await ts.gql(Refresh, { input: { refreshToken: phone.refreshToken } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await ts.gql(MyRoles, {}, laptop.accessToken))).toBeUndefined();
    expect(codeOf(await ts.gql(Refresh, { input: { refreshToken: laptop.refreshToken } }))).toBeUndefined();
    expect(codeOf(await signIn(oldPassword))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn(newPassword))).toBeUndefined();
  });
});
