import { useQuery } from '@apollo/client/react';
import { areaOption } from '../components/use-area-search';
import { graphql } from '../gql';

const RecordingOrganizationQuery = graphql(`
  query RecordingOrganization($id: ID!) {
    organization(id: $id) {
      id
      area { ...AreaOptionFields }
      viewerCan {
        receivePetition
        registerModel
        openComplexSituation
        recordSocialCritique
        recordSupervision
      }
    }
  }
`);

/**
 * What the forms recording mass-mobilization work (petitions, models, situations, critiques, supervisions) need
 * of the organization they record for: its area (their default area, in the area picker's shape)
 * and what the viewer may record for it (`Organization.viewerCan`). The reports screens start at
 * the same area. Undefined while loading.
 */
export function useRecordingOrganization(organizationId: string) {
  const { data } = useQuery(RecordingOrganizationQuery, { variables: { id: organizationId } });
  if (!data) return undefined;
  const { area, viewerCan } = data.organization;
  const { level, ...home } = areaOption(area);
  return { area: home, level, can: viewerCan };
}
