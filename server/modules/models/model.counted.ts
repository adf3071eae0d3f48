import { registerCountedIndicator } from '../reports/counted/registry.js';
import { ModelStatus } from './model.entity.js';

/**
 * Models owned by the counted organizations by their status of a year: a
 * year counts in the period that holds its annual cut-off day (14 December,
 * Decree 09/2019), so a year's figures land in its annual report (and in no
 * monthly one but December's), and summing periods never counts a year twice.
 */
const BY_STATUS = (statuses: readonly ModelStatus[]) => `
  select m.owner_id, count(*)
    from model_year_status ys
    join mass_mobilization_model m on m.id = ys.model_id
    join counted_scope s on s.organization_id = m.owner_id
    cross join counted_period p
   where ys.status in (${statuses.map((x) => `'${x}'`).join(', ')})
     and make_date(ys.year, 12, 14) between p.start_on and p.end_on
   group by m.owner_id`;

/** Kept up in a year after their first: maintained, commended or replicated that year. */
const CONTINUED = [ModelStatus.MAINTAINED, ModelStatus.COMMENDED, ModelStatus.REPLICATED];

registerCountedIndicator({ code: 'MODELS_NEW', sql: BY_STATUS([ModelStatus.NEW]) });
registerCountedIndicator({ code: 'MODELS_MAINTAINED', sql: BY_STATUS(CONTINUED) });
registerCountedIndicator({ code: 'MODELS_REGISTERED', sql: BY_STATUS([ModelStatus.NEW, ...CONTINUED]) });
registerCountedIndicator({ code: 'MODELS_REPLICATED', sql: BY_STATUS([ModelStatus.REPLICATED]) });

/** Models of the organization commended within the period (each model once). */
registerCountedIndicator({
  code: 'MODELS_COMMENDED',
  sql: `
  select m.owner_id, count(distinct m.id)
    from model_commendation c
    join mass_mobilization_model m on m.id = c.model_id
    join counted_scope s on s.organization_id = m.owner_id
    cross join counted_period p
   where c.commended_on between p.start_on and p.end_on
   group by m.owner_id`,
});

/** The search key of the friendly-government models ("Chính quyền thân thiện"). */
const FRIENDLY_GOVERNMENT_KEY = '%chinh quyen than thien%';

/** 1 for a counted organization that had adopted a friendly-government model by the period's last day. */
registerCountedIndicator({
  code: 'COMMUNES_FRIENDLY_GOVERNMENT',
  sql: `
  select a.organization_id, 1
    from model_adoption a
    join counted_scope s on s.organization_id = a.organization_id
    cross join counted_period p
   where a.adopted_on <= p.end_on
     and exists (select 1 from mass_mobilization_model m
                  where m.id = a.model_id and m.search_key like '${FRIENDLY_GOVERNMENT_KEY}')
   group by a.organization_id`,
});
