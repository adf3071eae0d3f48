/** Matrix cases of the directory and access modules (the policy in README, "Who may do what"). */
import { randomUUID } from 'node:crypto';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { RoleGrant } from '../../server/modules/access/role-grant.entity.js';
import { issueTokens } from '../../server/modules/users/commands/issue-tokens.js';
import { User } from '../../server/modules/users/user.entity.js';
import { ApiToken } from '../../server/modules/access/api-token.entity.js';
import { hashSecret } from '../../server/core/auth/tokens.js';
import { gid, makeUser, unique } from '../helpers/factories.js';

import {
  world,
  isAdminOver,
  child,
  person,
  position,
  responsibility,
  KNOWN_PASSWORD,
  knownPasswordHash,
  type MutationCase,
} from './world.js';

/** The policy, one case per root mutation (README "Who may do what"). */
export const directoryMutations: Record<string, MutationCase | 'PUBLIC'> = {
  signIn: 'PUBLIC',
  refreshTokens: 'PUBLIC',
  acceptInvitation: 'PUBLIC',
  grantRole: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: GrantRoleInput!) { grantRole(input: $i) { grant { id } } }',
      variables: {
        i: {
          userId: toGlobalId('User', (await makeUser(world.ts.orm)).user.id),
          organizationId: gid.org(world.org[owner]),
          role: 'VIEWER',
        },
      },
    }),
    allowed: isAdminOver,
  },
  revokeRole: {
    owners: ['A', 'B'],
    prepare: async (owner) => {
      const em = world.ts.orm.em.fork();
      const grant = em.create(RoleGrant, {
        user: (await makeUser(world.ts.orm)).user.id,
        organization: world.org[owner].id,
        role: Role.VIEWER,
        validFrom: new Date(Date.now() - 60_000),
      });
      await em.flush();
      return {
        query: 'mutation($i: RevokeRoleInput!) { revokeRole(input: $i) { grant { id } } }',
        variables: { i: { grantId: toGlobalId('RoleGrant', grant.id) } },
      };
    },
    allowed: isAdminOver,
  },
  inviteUser: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { invitationToken } }',
      variables: {
        i: {
          email: `${unique('inv-')}@test.phoihop.vn`,
          personId: gid.person(await person()),
          organizationId: gid.org(world.org[owner]),
          role: 'VIEWER',
        },
      },
    }),
    allowed: isAdminOver,
  },
  createApiToken: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }',
      variables: { i: { organizationId: gid.org(world.org[owner]), role: 'VIEWER', name: 'Tích hợp' } },
    }),
    allowed: isAdminOver,
  },
  revokeApiToken: {
    owners: ['A', 'B'],
    prepare: async (owner) => {
      const em = world.ts.orm.em.fork();
      const token = em.create(ApiToken, {
        name: 'Tích hợp',
        organization: world.org[owner].id,
        role: Role.VIEWER,
        tokenHash: hashSecret(randomUUID()),
        createdBy: world.actors[world.actors.length - 1].user.user.id,
      });
      await em.flush();
      return {
        query: 'mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { apiToken { id } } }',
        variables: { i: { apiTokenId: toGlobalId('ApiToken', token.id) } },
      };
    },
    allowed: isAdminOver,
  },
  changePassword: {
    owners: null,
    prepare: async (_owner, actor) => {
      const em = world.ts.orm.em.fork();
      const user = await em.findOneOrFail(User, actor.user.user.id);
      user.passwordHash = await knownPasswordHash;
      await em.flush();
      return {
        query: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { changed } }',
        variables: { i: { currentPassword: KNOWN_PASSWORD, newPassword: 'mật-khẩu-mới-đủ-dài' } },
      };
    },
    allowed: () => true,
    // changePassword ends the actor's other sessions: give it a new one for the cells after.
    cleanup: async (actor) => {
      const em = world.ts.orm.em.fork();
      actor.user.token = (
        await issueTokens(
          em,
          'phoihop-development-secret-change-me',
          await em.findOneOrFail(User, actor.user.user.id),
          null,
        )
      ).accessToken;
    },
  },
  createArea: {
    owners: null,
    prepare: async () => ({
      query: 'mutation($i: CreateAreaInput!) { createArea(input: $i) { area { id } } }',
      variables: {
        i: { code: unique('M-'), name: 'Xã Mới', level: 'COMMUNE', parentId: gid.area(world.province) },
      },
    }),
    allowed: (a) => a.isSystemAdmin,
  },
  createOrganization: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }',
      variables: {
        i: {
          code: unique('C-'),
          name: 'Chi bộ',
          kind: 'GRASSROOTS_BODY',
          areaId: gid.area(world.province),
          parentId: gid.org(world.org[owner]),
        },
      },
    }),
    allowed: isAdminOver,
  },
  renameOrganization: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: RenameOrganizationInput!) { renameOrganization(input: $i) { organization { id } } }',
      variables: { i: { organizationId: gid.org(await child(owner)), name: 'Tên mới' } },
    }),
    allowed: isAdminOver,
  },
  changeOrganizationParent: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: ChangeOrganizationParentInput!) { changeOrganizationParent(input: $i) { organization { id } } }',
      variables: {
        i: { organizationId: gid.org(await child(owner)), parentId: gid.org(await child(owner)) },
      },
    }),
    allowed: isAdminOver,
  },
  mergeOrganizations: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { successor { id } } }',
      variables: {
        i: { mergedIds: [gid.org(await child(owner))], successorId: gid.org(await child(owner)) },
      },
    }),
    allowed: isAdminOver,
  },
  dissolveOrganization: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: DissolveOrganizationInput!) { dissolveOrganization(input: $i) { organization { id } } }',
      variables: { i: { organizationId: gid.org(await child(owner)) } },
    }),
    allowed: isAdminOver,
  },
  createPerson: {
    owners: null,
    prepare: async () => ({
      query: 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }',
      variables: { i: { fullName: 'Nguyễn Văn Mới' } },
    }),
    allowed: (a) => a.isSystemAdmin || a.role === Role.ADMIN,
  },
  appointPosition: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: AppointPositionInput!) { appointPosition(input: $i) { position { id } } }',
      variables: {
        i: {
          personId: gid.person(await person()),
          organizationId: gid.org(world.org[owner]),
          title: 'Ủy viên',
          startsOn: '2025-01-01',
        },
      },
    }),
    allowed: isAdminOver,
  },
  endPosition: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: EndPositionInput!) { endPosition(input: $i) { position { id } } }',
      variables: {
        i: { positionId: toGlobalId('Position', (await position(owner)).id), endsOn: '2030-12-31' },
      },
    }),
    allowed: isAdminOver,
  },
  assignResponsibility: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: AssignResponsibilityInput!) { assignResponsibility(input: $i) { responsibility { id } } }',
      variables: {
        i: {
          personId: gid.person(await person()),
          organizationId: gid.org(world.org[owner]),
          field: 'MASS_MOBILIZATION',
          startsOn: '2025-01-01',
        },
      },
    }),
    allowed: isAdminOver,
  },
  endResponsibility: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: EndResponsibilityInput!) { endResponsibility(input: $i) { responsibility { id } } }',
      variables: {
        i: {
          responsibilityId: toGlobalId('Responsibility', (await responsibility(owner)).id),
          endsOn: '2030-12-31',
        },
      },
    }),
    allowed: isAdminOver,
  },
  signOut: {
    owners: null,
    // A fresh session of the actor, so signing out does not end the token the other cells use.
    prepare: async (_owner, actor) => ({
      query: 'mutation { signOut { signedOut } }',
      token: (
        await issueTokens(
          world.ts.orm.em.fork(),
          'phoihop-development-secret-change-me',
          actor.user.user,
          null,
        )
      ).accessToken,
    }),
    allowed: () => true,
  },
};
