import { countedPerOrganization, registerCountedIndicator } from '../reports/counted/registry.js';
import { MeetingKind, MeetingStatus } from './meeting.enums.js';

/**
 * Meetings of `kind` HELD by the counted organizations, starting within the
 * period (Vietnam days), alias `m`; each adds `value` (1: the meetings).
 */
const HELD = (kind: MeetingKind, extra = '', value = '1') =>
  countedPerOrganization({
    organization: 'm.organization_id',
    value: `sum(${value})`,
    from: 'meeting m',
    where: `m.kind = '${kind}' and m.status = '${MeetingStatus.HELD}'
     and m.starts_at >= (p.start_on::timestamp at time zone 'Asia/Ho_Chi_Minh')
     and m.starts_at < ((p.end_on + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')${extra}`,
  });

/** Dialogues with the people held by the organization (it hosted them). */
registerCountedIndicator({ code: 'DIALOGUES_HELD', sql: HELD(MeetingKind.DIALOGUE_WITH_PEOPLE) });

/** Of them, those chaired by the organization's head ("người đứng đầu") in office that day. */
registerCountedIndicator({
  code: 'DIALOGUES_CHAIRED_BY_HEAD',
  sql: HELD(
    MeetingKind.DIALOGUE_WITH_PEOPLE,
    `
     and exists (select 1 from meeting_chair c
                   join position h on h.person_id = c.person_id and h.organization_id = m.organization_id
                  where c.meeting_id = m.id and h.is_head
                    and h.starts_on <= (m.starts_at at time zone 'Asia/Ho_Chi_Minh')::date
                    and (h.ends_on is null or h.ends_on >= (m.starts_at at time zone 'Asia/Ho_Chi_Minh')::date))`,
  ),
});

/** Citizen reception sessions held. */
registerCountedIndicator({ code: 'CITIZEN_RECEPTIONS_HELD', sql: HELD(MeetingKind.CITIZEN_RECEPTION) });

/** Citizens who came to them (the meetings' citizen counts). */
registerCountedIndicator({
  code: 'CITIZENS_RECEIVED',
  sql: HELD(MeetingKind.CITIZEN_RECEPTION, '', 'coalesce(m.citizen_count, 0)'),
});
