import { registerCountedIndicator } from '../reports/counted/registry.js';

/** Social critiques held by the counted organizations within the period; `value` what each adds (alias `c`). */
const CRITIQUES = (value: string) => `
  select c.organization_id, sum(${value})
    from social_critique c
    join counted_scope s on s.organization_id = c.organization_id
    cross join counted_period p
   where c.held_on between p.start_on and p.end_on
   group by c.organization_id`;

registerCountedIndicator({ code: 'CRITIQUES_HELD', sql: CRITIQUES('1') });
registerCountedIndicator({ code: 'CRITIQUE_OPINIONS', sql: CRITIQUES('c.opinions_count') });

/** Recommendations of supervisions concluded within the period; `extra` narrows (alias `r`, `p` the period). */
const RECOMMENDATIONS = (extra = '') => `
  select v.organization_id, count(*)
    from supervision_recommendation r
    join supervision v on v.id = r.supervision_id
    join counted_scope s on s.organization_id = v.organization_id
    cross join counted_period p
   where v.concluded_on between p.start_on and p.end_on${extra}
   group by v.organization_id`;

registerCountedIndicator({ code: 'SUPERVISION_RECOMMENDATIONS_MADE', sql: RECOMMENDATIONS() });
/** Of them, those answered by the period's last day. */
registerCountedIndicator({
  code: 'SUPERVISION_RECOMMENDATIONS_ANSWERED',
  sql: RECOMMENDATIONS(' and r.answered_on <= p.end_on'),
});
