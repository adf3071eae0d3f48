import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { useOrganizationCan } from '../../current-organization/use-organization-can';
import { CalendarFeedButton } from './CalendarFeedButton';
import { OrganizationSchedule } from './OrganizationSchedule';

/** "Lịch": month and week calendar of the organization's meetings, live. */
export default function SchedulePage() {
  const { t } = useTranslation();
  const { current } = useCurrentOrganization();
  const can = useOrganizationCan(current?.id);
  return (
    <>
      <PageTitle
        title={t('schedule.title')}
        intro={t('schedule.intro')}
        actions={
          current ? (
            <Group gap="xs">
              {can?.scheduleMeeting && (
                <Button component={Link} to={paths.newMeeting}>
                  {t('scheduleMeeting.open')}
                </Button>
              )}
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
