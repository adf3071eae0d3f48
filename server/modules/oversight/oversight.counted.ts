import { countedPerOrganization, registerCountedIndicator } from '../reports/counted/registry.js';

/** Social critiques held by the counted organizations within the period; `value` what each adds (alias `c`). */
const CRITIQUES = (value: string) =>
  countedPerOrganization({
    organization: 'c.organization_id',
    value: `sum(${value})`,
    from: 'social_critique c',
    where: 'c.held_on between p.start_on and p.end_on',
  });

registerCountedIndicator({ code: 'CRITIQUES_HELD', sql: CRITIQUES('1') });
registerCountedIndicator({ code: 'CRITIQUE_OPINIONS', sql: CRITIQUES('c.opinions_count') });

/** Recommendations of supervisions concluded within the period; `extra` narrows (alias `r`, `p` the period). */
const RECOMMENDATIONS = (extra = '') =>
  countedPerOrganization({
    organization: 'v.organization_id',
    value: 'count(*)',
    from: 'supervision_recommendation r join supervision v on v.id = r.supervision_id',
    where: `v.concluded_on between p.start_on and p.end_on${extra}`,
  });

registerCountedIndicator({ code: 'SUPERVISION_RECOMMENDATIONS_MADE', sql: RECOMMENDATIONS() });
/** Of them, those answered by the period's last day. */
registerCountedIndicator({
  code: 'SUPERVISION_RECOMMENDATIONS_ANSWERED',
  sql: RECOMMENDATIONS(' and r.answered_on <= p.end_on'),
});
