import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { TaskStatusBadge } from '../../components/TaskStatusBadge';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { AnswerRecommendationButton } from './AnswerRecommendationButton';
import { RecommendationTaskButton } from './RecommendationTaskButton';

const SupervisionRecommendationsFragment = graphql(`
  fragment SupervisionRecommendations on Supervision {
    id
    concludedOn
    organization {
      id
      name
    }
    subjectOrganization {
      id
      name
      viewerCan {
        createTask
      }
    }
    viewerCan {
      answer
      turnIntoTask
    }
    recommendations {
      id
      version
      position
      content
      answer
      answeredOn
      task {
        id
        title
        status
      }
    }
  }
`);

/** Which recommendations a supervision shows: all, only the answered ones, or only the others. */
export type RecommendationShown = 'all' | 'answered' | 'unanswered';

/** Props of `SupervisionRecommendations`. */
export interface SupervisionRecommendationsProps {
  supervision: FragmentType<typeof SupervisionRecommendationsFragment>;
  shown?: RecommendationShown;
}

/**
 * A supervision's recommendations in order: each answered (with its answer) or with "answer" when
 * the viewer may, and the task it became (a link) or "turn into a task" when the viewer may.
 */
export function SupervisionRecommendations({ supervision, shown = 'all' }: SupervisionRecommendationsProps) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const s = getFragmentData(SupervisionRecommendationsFragment, supervision);
  const recommendations = s.recommendations.filter(
    (r) => shown === 'all' || (shown === 'answered') === Boolean(r.answeredOn),
  );
  if (recommendations.length === 0) return null;
  return (
    <List type="ordered" spacing="xs" size="sm" aria-label={t('oversight.recommendations')}>
      {recommendations.map((r) => (
        <List.Item key={r.id} value={r.position}>
          <Stack gap={2}>
            <Group gap="xs">
              <Text size="sm">{r.content}</Text>
              {r.answeredOn ? (
                <Badge color="green" variant="light" tt="none">
                  {t('oversight.answeredOnBadge', { date: formatDate(r.answeredOn) })}
                </Badge>
              ) : (
                s.viewerCan.answer && (
                  <AnswerRecommendationButton recommendation={r} concludedOn={s.concludedOn} />
                )
              )}
              {!r.task && s.viewerCan.turnIntoTask && (
                <RecommendationTaskButton
                  recommendation={r}
                  supervising={s.organization}
                  supervised={s.subjectOrganization ?? null}
                />
              )}
            </Group>
            {r.task && (
              <Group gap="xs">
                <Text size="sm">{t('oversight.task')}</Text>
                <Anchor component={Link} to={paths.task(r.task.id)} size="sm">
                  {r.task.title}
                </Anchor>
                <TaskStatusBadge status={r.task.status} />
              </Group>
            )}
            {r.answer && (
              <Text size="sm" c="dimmed">
                {r.answer}
              </Text>
            )}
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}
