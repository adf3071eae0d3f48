import { ScrollArea, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../app/paths';

const TABS = [
  { path: paths.reports, label: 'reports.tabs.mine' },
  { path: paths.reportsReview, label: 'reports.tabs.review' },
  { path: paths.reportsCompleteness, label: 'reports.tabs.completeness' },
  { path: paths.reportsIndicators, label: 'reports.tabs.indicators' },
] as const;

/** The reports' screens: the organization's reports, the approver's queue, completeness, indicators. */
export function ReportsTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <ScrollArea type="never" mb="md">
      <Tabs value={pathname} onChange={(value) => value && void navigate(value)}>
        <Tabs.List style={{ flexWrap: 'nowrap' }}>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
    </ScrollArea>
  );
}
