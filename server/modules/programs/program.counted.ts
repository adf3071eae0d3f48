import { countedPerOrganization, registerCountedIndicator } from '../reports/counted/registry.js';
import { ProgramStatus } from './program.entity.js';

/**
 * Coordination programs the counted organizations took part in (lead or
 * coordinating) that ran during the period: active or completed since, their
 * dates overlapping it, the organization a participant then.
 */
registerCountedIndicator({
  code: 'PROGRAMS_ACTIVE',
  sql: countedPerOrganization({
    organization: 'pp.organization_id',
    value: 'count(distinct g.id)',
    from: 'program_participant pp join coordination_program g on g.id = pp.program_id',
    where: `g.status in ('${ProgramStatus.ACTIVE}', '${ProgramStatus.COMPLETED}')
     and (g.starts_on is null or g.starts_on <= p.end_on)
     and (g.ends_on is null or g.ends_on >= p.start_on)
     and pp.joined_on <= p.end_on and (pp.left_on is null or pp.left_on >= p.start_on)`,
  }),
});
