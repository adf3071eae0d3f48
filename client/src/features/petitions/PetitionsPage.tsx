import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { OrganizationPetitions } from './OrganizationPetitions';
import { ReceivePetitionButton } from './ReceivePetitionButton';

/** "Đơn thư": the petitions the viewer's organization handles, filtered; receiving a new one. */
export default function PetitionsPage() {
  const { t } = useTranslation();
  const { current } = useCurrentOrganization();
  return (
    <>
      <PageTitle
        title={t('petitions.title')}
        intro={t('petitions.intro')}
        actions={current && <ReceivePetitionButton organizationId={current.id} />}
      />
      <RequireOrganization>
        {(organization) => <OrganizationPetitions organizationId={organization.id} />}
      </RequireOrganization>
    </>
  );
}
