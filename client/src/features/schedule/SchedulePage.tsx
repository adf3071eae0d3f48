import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/paths';
import { PageTitle } from '../../components/PageTitle';
import { CreateLink } from '../../current-organization/CreateLink';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { CalendarFeedButton } from './CalendarFeedButton';
import { OrganizationSchedule } from './OrganizationSchedule';

/** "Lịch": month and week calendar of the organization's meetings, live. */
export default function SchedulePage() {
  const { t } = useTranslation();
  const { current } = useCurrentOrganization();
  return (
    <>
      <PageTitle
        title={t('schedule.title')}
        intro={t('schedule.intro')}
        actions={
          current ? (
            <Group gap="xs">
              <CreateLink permission="scheduleMeeting" to={paths.newMeeting}>
                {t('scheduleMeeting.open')}
              </CreateLink>
              <CalendarFeedButton organizationId={current.id} />
            </Group>
          ) : undefined
        }
      />
      <RequireOrganization>
        {(organization) => <OrganizationSchedule organizationId={organization.id} />}
      </RequireOrganization>
    </>
  );
}
