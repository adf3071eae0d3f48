import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { RecordCritiqueButton } from './RecordCritiqueButton';
import { RecordSupervisionButton } from './RecordSupervisionButton';
import { SocialCritiqueList } from './SocialCritiqueList';
import { SupervisionList } from './SupervisionList';

const TABS = ['critiques', 'supervisions'] as const;

/**
 * "Phản biện, giám sát": the social critiques and supervisions by or of the viewer's organization;
 * recording a critique (answered by the drafting body) or a supervision (its recommendations
 * answered one by one).
 */
export default function OversightPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((value) => value === params.get('tab')) ?? 'critiques';
  const { current } = useCurrentOrganization();
  return (
    <>
      <PageTitle
        title={t('oversight.title')}
        intro={t('oversight.intro')}
        actions={
          current &&
          (tab === 'critiques' ? (
            <RecordCritiqueButton organizationId={current.id} />
          ) : (
            <RecordSupervisionButton organizationId={current.id} />
          ))
        }
      />
      <RequireOrganization>
        {(organization) => (
          <Tabs
            value={tab}
            onChange={(value) =>
              // A tab starts with no search and its own default scope.
              setParams(value === 'supervisions' ? { tab: value } : {}, { replace: true })
            }
            mt="md"
          >
            <Tabs.List mb="md">
              <Tabs.Tab value="critiques">{t('oversight.critiques')}</Tabs.Tab>
              <Tabs.Tab value="supervisions">{t('oversight.supervisions')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="critiques">
              {tab === 'critiques' && <SocialCritiqueList organizationId={organization.id} />}
            </Tabs.Panel>
            <Tabs.Panel value="supervisions">
              {tab === 'supervisions' && <SupervisionList organizationId={organization.id} />}
            </Tabs.Panel>
          </Tabs>
        )}
      </RequireOrganization>
    </>
  );
}
