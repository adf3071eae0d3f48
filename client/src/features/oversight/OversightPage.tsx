import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../../app/use-url-params';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { SocialCritiqueList } from './SocialCritiqueList';
import { SupervisionList } from './SupervisionList';

const TABS = ['critiques', 'supervisions'] as const;

/** "Phản biện, giám sát": the social critiques and supervisions of the viewer's organization (read-only). */
export default function OversightPage() {
  const { t } = useTranslation();
  const { pick, set } = useUrlParams<'tab' | 'q'>();
  const tab = pick('tab', TABS) ?? 'critiques';
  return (
    <>
      <PageTitle title={t('oversight.title')} intro={t('oversight.intro')} />
      <RequireOrganization>
        {(organization) => (
          <Tabs
            value={tab}
            onChange={(value) => {
              set('q', null);
              set('tab', value === 'critiques' ? null : value);
            }}
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
