/**
 * N+1 guard: meetings with host, chairs, invitations and agenda in a constant number of statements.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, makeArea, makeOrganization } from '../helpers/factories.js';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { RoleGrant } from '../../server/modules/access/role-grant.entity.js';
import { ok } from '../helpers/results.js';
import {
  SetAgenda,
  monthlySeries,
  occurrencesOf,
  org,
  ts,
  useMeetingsServer,
  user,
} from '../helpers/meetings.js';

useMeetingsServer();

const NPlusOne = graphql(`
  query MeetingsNPlusOne($filter: MeetingsFilter) {
    meetings(filter: $filter, first: 50) {
      edges {
        node {
          id
          host { id name }
          chairs { role person { fullName } }
          invitations { response organization { name } person { fullName } }
          agenda { title presenterOrganization { name } }
          viewerCan { reschedule respond }
        }
      }
    }
  }
`);

/** Lists `count` meetings with their parts, counting the SQL statements of that one request. */
async function measure(count: number) {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const host = await makeOrganization(em, { area });
  em.create(RoleGrant, {
    user: user.coordinator.user.id,
    organization: host.id,
    role: Role.COORDINATOR,
    validFrom: new Date(0),
  });
  await em.flush();
  const series = await monthlySeries({
    hostOrganizationId: gid.org(host),
    recurrence: { rrule: 'FREQ=DAILY', count },
    startsAt: '2028-03-01T01:00:00.000Z',
    endsAt: '2028-03-01T02:00:00.000Z',
  });
  const rows = await occurrencesOf(series.series!.id);
  for (const row of rows.slice(0, 3)) {
    ok(
      await ts.gql(
        SetAgenda,
        {
          input: {
            meetingId: toGlobalId('Meeting', row.id),
            items: [{ title: 'Nội dung', presenterOrganizationId: gid.org(org.bdv), durationMinutes: 10 }],
          },
        },
        user.coordinator.token,
      ),
    );
  }
  ts.sql.reset();
  const data = ok(
    await ts.gql(NPlusOne, { filter: { organizationId: gid.org(host) } }, user.mttqMember.token),
  );
  const statements = { count: ts.sql.count, text: ts.sql.statements.join('\n') };
  expect(data.meetings.edges).toHaveLength(count);
  expect(data.meetings.edges[0].node.chairs).toHaveLength(2);
  return statements;
}

describe('N+1 guard', () => {
  it('lists meetings with host, chairs, invitations and agenda in a constant number of statements', async () => {
    const small = await measure(5);
    const large = await measure(40);
    console.log(`N+1 guard: ${small.count} SQL statements for 5 meetings, ${large.count} for 40`);
    // One statement per list level whatever the number of meetings; DataLoader batches of a level may
    // split over two ticks depending on which list query answers first, hence the slack of two.
    expect(large.count, large.text).toBeLessThanOrEqual(small.count + 2);
    expect(small.count, small.text).toBeLessThanOrEqual(large.count + 2);
    expect(large.count, large.text).toBeLessThanOrEqual(16);
  });
});
