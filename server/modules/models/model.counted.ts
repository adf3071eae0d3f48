import { countedPerOrganization, registerCountedIndicator } from '../reports/counted/registry.js';
import { ModelStatus } from './model.entity.js';

/**
 * Models owned by the counted organizations by their status of a year: a
 * year counts in the period that holds its annual cut-off day (14 December,
 * Decree 09/2019), so a year's figures land in its annual report (and in no
 * monthly one but December's), and summing periods never counts a year twice.
 */
const BY_STATUS = (statuses: readonly ModelStatus[]) =>
  countedPerOrganization({
    organization: 'm.owner_id',
    value: 'count(*)',
    from: 'model_year_status ys join mass_mobilization_model m on m.id = ys.model_id',
    where: `ys.status in (${statuses.map((x) => `'${x}'`).join(', ')})
     and make_date(ys.year, 12, 14) between p.start_on and p.end_on`,
  });

/** Kept up in a year after their first: maintained, commended or replicated that year. */
const CONTINUED = [ModelStatus.MAINTAINED, ModelStatus.COMMENDED, ModelStatus.REPLICATED];

registerCountedIndicator({ code: 'MODELS_NEW', sql: BY_STATUS([ModelStatus.NEW]) });
registerCountedIndicator({ code: 'MODELS_MAINTAINED', sql: BY_STATUS(CONTINUED) });
registerCountedIndicator({ code: 'MODELS_REGISTERED', sql: BY_STATUS([ModelStatus.NEW, ...CONTINUED]) });
registerCountedIndicator({ code: 'MODELS_REPLICATED', sql: BY_STATUS([ModelStatus.REPLICATED]) });

/** Models of the organization commended within the period (each model once). */
registerCountedIndicator({
  code: 'MODELS_COMMENDED',
  sql: countedPerOrganization({
    organization: 'm.owner_id',
    value: 'count(distinct m.id)',
    from: 'model_commendation c join mass_mobilization_model m on m.id = c.model_id',
    where: 'c.commended_on between p.start_on and p.end_on',
  }),
});

/** The search key of the friendly-government models ("Chính quyền thân thiện"). */
const FRIENDLY_GOVERNMENT_KEY = '%chinh quyen than thien%';

/** 1 for a counted organization that had adopted a friendly-government model by the period's last day. */
registerCountedIndicator({
  code: 'COMMUNES_FRIENDLY_GOVERNMENT',
  sql: countedPerOrganization({
    organization: 'a.organization_id',
    value: '1',
    from: 'model_adoption a',
    where: `a.adopted_on <= p.end_on
     and exists (select 1 from mass_mobilization_model m
                  where m.id = a.model_id and m.search_key like '${FRIENDLY_GOVERNMENT_KEY}')`,
  }),
});
