import { AreaLevel } from '../areas/area.entity.js';
import { registerCountedIndicator } from '../reports/counted/registry.js';
import { OrganizationKind } from './organization.entity.js';

/**
 * 1 for a counted organization that is a commune's government (a people's
 * committee of a commune) and existed during the period: the denominator of
 * "166 of 200 communes".
 */
registerCountedIndicator({
  code: 'COMMUNES_TOTAL',
  sql: `
  select o.id, 1
    from organization o
    join counted_scope s on s.organization_id = o.id
    join administrative_area a on a.id = o.area_id
    cross join counted_period p
   where o.kind = '${OrganizationKind.PEOPLES_COMMITTEE}' and a.level = '${AreaLevel.COMMUNE}'
     and (o.ended_on is null or o.ended_on >= p.start_on)`,
});
