import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { OpenSituationButton } from './OpenSituationButton';
import { SituationList } from './SituationList';

/** "Tình hình Nhân dân": the complex situations ("điểm nóng") the viewer's organization follows. */
export default function SituationsPage() {
  const { t } = useTranslation();
  const { current } = useCurrentOrganization();
  return (
    <>
      <PageTitle
        title={t('situations.title')}
        intro={t('situations.intro')}
        actions={current && <OpenSituationButton organizationId={current.id} />}
      />
      <RequireOrganization>
        {(organization) => <SituationList organizationId={organization.id} />}
      </RequireOrganization>
    </>
  );
}
