import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { ModelList } from './ModelList';
import { RegisterModelButton } from './RegisterModelButton';

/** "Mô hình dân vận khéo": the models of the viewer's organization or all it reads; registering one. */
export default function ModelsPage() {
  const { t } = useTranslation();
  const { current } = useCurrentOrganization();
  return (
    <>
      <PageTitle
        title={t('models.title')}
        intro={t('models.intro')}
        actions={current && <RegisterModelButton organizationId={current.id} />}
      />
      <RequireOrganization>
        {(organization) => <ModelList organizationId={organization.id} />}
      </RequireOrganization>
    </>
  );
}
