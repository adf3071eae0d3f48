import { describePolicy, ids, Role, rule } from '../../../test/helpers/policies.js';
import { legalDocumentPolicy } from './legal-document.policy.js';

const org = ids('aboveIssuer', 'issuer', 'belowIssuer', 'elsewhere');

// Documents are public acts; recording one needs COORDINATOR on the issuer or above it.
describePolicy('legal document policy', {
  policy: legalDocumentPolicy,
  record: { id: 'document', issuingOrganizationId: org.issuer },
  relations: {
    'on the issuer': [org.issuer],
    'above the issuer': [org.aboveIssuer, org.issuer],
    'below the issuer': [org.belowIssuer],
    elsewhere: [org.elsewhere],
  },
  table: {
    read: rule(Role.VIEWER, 'on the issuer', 'above the issuer', 'below the issuer', 'elsewhere'),
    create: rule(Role.COORDINATOR, 'on the issuer', 'above the issuer'),
  },
  withoutRole: 'read',
});
