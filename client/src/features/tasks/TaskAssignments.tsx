import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganizationLink } from '../../components/OrganizationLink';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';

const TaskAssignmentsFragment = graphql(`
  fragment TaskAssignments on Task {
    assignments {
      id
      role
      dueOn
      organization {
        id
        name
      }
      personInCharge {
        id
        fullName
      }
    }
  }
`);

/** The lead organization (chủ trì) first, then the coordinating ones (phối hợp). */
export function TaskAssignments(props: { task: FragmentType<typeof TaskAssignmentsFragment> }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { assignments } = getFragmentData(TaskAssignmentsFragment, props.task);
  const sorted = assignments.toSorted((a, b) => (a.role === b.role ? 0 : a.role === 'LEAD' ? -1 : 1));
  return (
    <SectionCard title={t('tasks.assignments')}>
      <List spacing="sm" listStyleType="none" aria-label={t('tasks.assignments')}>
        {sorted.map((a) => (
          <List.Item key={a.id}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant={a.role === 'LEAD' ? 'filled' : 'light'} tt="none" miw={90}>
                {t(`assignmentRole.${a.role}`)}
              </Badge>
              <div>
                <OrganizationLink organization={a.organization} />
                {(a.personInCharge || a.dueOn) && (
                  <Text size="xs" c="dimmed">
                    {[
                      a.personInCharge?.fullName,
                      a.dueOn ? t('tasks.dueOn', { date: formatDate(a.dueOn) }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                )}
              </div>
            </Group>
          </List.Item>
        ))}
      </List>
    </SectionCard>
  );
}
