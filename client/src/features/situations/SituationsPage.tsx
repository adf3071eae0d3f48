import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { OpenSituationButton } from './OpenSituationButton';
import { SituationList } from './SituationList';
import { SituationReportList } from './SituationReportList';

const TABS = ['complex', 'reports'] as const;

/**
 * "Tình hình Nhân dân": the complex situations ("điểm nóng") the viewer's organization follows
 * (reporting one, moving it on) and the periodic situation reports (read-only).
 */
export default function SituationsPage() {
  const { t } = useTranslation();
  const { current } = useCurrentOrganization();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((value) => value === params.get('tab')) ?? 'complex';
  return (
    <>
      <PageTitle
        title={t('situations.title')}
        intro={t('situations.intro')}
        actions={current && tab === 'complex' && <OpenSituationButton organizationId={current.id} />}
      />
      <RequireOrganization>
        {(organization) => (
          <Tabs
            value={tab}
            // A tab starts with no search or filter.
            onChange={(value) => setParams(value === 'reports' ? { tab: value } : {}, { replace: true })}
            mt="md"
          >
            <Tabs.List mb="md">
              <Tabs.Tab value="complex">{t('situations.complexTab')}</Tabs.Tab>
              <Tabs.Tab value="reports">{t('situations.reports')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="complex">
              {tab === 'complex' && <SituationList organizationId={organization.id} />}
            </Tabs.Panel>
            <Tabs.Panel value="reports">
              {tab === 'reports' && <SituationReportList organizationId={organization.id} />}
            </Tabs.Panel>
          </Tabs>
        )}
      </RequireOrganization>
    </>
  );
}
