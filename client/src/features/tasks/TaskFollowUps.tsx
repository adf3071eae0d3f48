import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatDateTime } from '../../i18n/format-date';

const TaskFollowUpsFragment = graphql(`
  fragment TaskFollowUps on Task {
    followUps {
      id
      message
      createdAt
      organization {
        id
        name
      }
      author {
        id
        fullName
      }
    }
  }
`);

/** Follow-ups ("đôn đốc"), newest first. */
export function TaskFollowUps(props: { task: FragmentType<typeof TaskFollowUpsFragment> }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { followUps } = getFragmentData(TaskFollowUpsFragment, props.task);
  return (
    <SectionCard title={t('tasks.followUps')}>
      {followUps.length === 0 ? (
        <EmptyNote>{t('tasks.noFollowUps')}</EmptyNote>
      ) : (
        <List spacing="sm" listStyleType="none">
          {followUps.map((f) => (
            <List.Item key={f.id}>
              <Stack gap={2}>
                <Text size="sm">{f.message}</Text>
                <Text size="xs" c="dimmed">
                  {[formatDateTime(f.createdAt), f.organization.name, f.author?.fullName]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
