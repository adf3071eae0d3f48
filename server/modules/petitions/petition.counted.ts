import { countedPerOrganization, registerCountedIndicator } from '../reports/counted/registry.js';
import { PetitionKind, PetitionStatus } from './petition.entity.js';

/**
 * Petitions received by the counted organizations (the first handler) within
 * the period, a repeat ("đơn trùng") counted once; `extra` narrows (alias `p`).
 */
const RECEIVED = (extra = '') =>
  countedPerOrganization({
    organization: 'p.organization_id',
    value: 'count(*)',
    from: 'petition p',
    period: 'd',
    where: `p.received_on between d.start_on and d.end_on and p.repeat_of_id is null${extra}`,
  });

registerCountedIndicator({ code: 'PETITIONS_RECEIVED', sql: RECEIVED() });

const BY_KIND: Record<PetitionKind, string> = {
  [PetitionKind.COMPLAINT]: 'PETITIONS_COMPLAINTS_RECEIVED',
  [PetitionKind.DENUNCIATION]: 'PETITIONS_DENUNCIATIONS_RECEIVED',
  [PetitionKind.RECOMMENDATION]: 'PETITIONS_RECOMMENDATIONS_RECEIVED',
  [PetitionKind.FEEDBACK]: 'PETITIONS_FEEDBACK_RECEIVED',
};
for (const [kind, code] of Object.entries(BY_KIND)) {
  registerCountedIndicator({ code, sql: RECEIVED(` and p.kind = '${kind}'`) });
}

/**
 * Petitions received within the period that the organization handling them
 * now holds to be within its jurisdiction; `extra` narrows (alias `p`, `d` the period).
 */
const IN_JURISDICTION = (extra = '') =>
  countedPerOrganization({
    organization: 'p.handler_id',
    value: 'count(*)',
    from: 'petition p',
    period: 'd',
    where: `p.received_on between d.start_on and d.end_on and p.repeat_of_id is null
     and p.within_jurisdiction${extra}`,
  });

registerCountedIndicator({ code: 'PETITIONS_IN_JURISDICTION_RECEIVED', sql: IN_JURISDICTION() });

/** Of them, those resolved by the period's last day ("29/39 resolved"). */
registerCountedIndicator({
  code: 'PETITIONS_IN_JURISDICTION_RESOLVED',
  sql: IN_JURISDICTION(` and p.status = '${PetitionStatus.RESOLVED}' and p.closed_on <= d.end_on`),
});
