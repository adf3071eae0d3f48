import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import type { MeetingAccessView } from './meeting.policy.js';

/**
 * The policy views of meetings `ids` in one query (host, invitations,
 * chairs), as seen by the person `viewerPersonId`. Missing meetings are
 * absent from the map.
 */
export async function loadMeetingAccessViews(
  em: EntityManager,
  ids: readonly string[],
  viewerPersonId: string | null,
): Promise<Map<string, MeetingAccessView>> {
  if (!ids.length) return new Map();
  const rows = await em.execute<
    {
      id: string;
      host_id: string;
      kind: 'org' | 'person' | 'chair' | null;
      ref_id: string | null;
      delegate_id: string | null;
    }[]
  >(
    `select m.id, m.organization_id as host_id, p.kind, p.ref_id, p.delegate_id
       from meeting m left join (
         select meeting_id, case when organization_id is null then 'person' else 'org' end as kind,
                coalesce(organization_id, person_id) as ref_id, delegate_id
           from meeting_invitation
         union all select meeting_id, 'chair', person_id, null from meeting_chair
       ) p on p.meeting_id = m.id
      where m.id in (?)`,
    [[...ids]],
  );
  const views = new Map<string, MeetingAccessView>();
  for (const row of rows) {
    let view = views.get(row.id);
    if (!view) {
      view = {
        id: row.id,
        hostId: row.host_id,
        invitedOrganizationIds: [],
        personIds: [],
        invitedPersonIds: [],
        viewerPersonId,
      };
      views.set(row.id, view);
    }
    if (row.kind === 'org' && row.ref_id) view.invitedOrganizationIds.push(row.ref_id);
    if (row.kind === 'person' && row.ref_id) view.invitedPersonIds.push(row.ref_id);
    if (row.kind !== 'org' && row.ref_id) view.personIds.push(row.ref_id);
    if (row.delegate_id) view.personIds.push(row.delegate_id);
  }
  return views;
}

/** The policy view of one meeting for the request's viewer; null when it does not exist. */
export async function meetingAccessView(
  ctx: Context,
  em: EntityManager,
  id: string,
): Promise<MeetingAccessView | null> {
  return (await loadMeetingAccessViews(em, [id], ctx.viewer?.personId ?? null)).get(id) ?? null;
}
