import { useMutation } from '@apollo/client/react';
import { Badge, Group, List, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { localDateInVietnam, useFormatLocalDate } from '../../i18n/format-date';

const SupervisionRecommendationsFragment = graphql(`
  fragment SupervisionRecommendations on Supervision {
    id
    concludedOn
    viewerCan {
      answer
    }
    recommendations {
      id
      version
      position
      content
      answer
      answeredOn
    }
  }
`);

const AnswerRecommendationMutation = graphql(`
  mutation AnswerSupervisionRecommendation($input: AnswerSupervisionRecommendationInput!) {
    answerSupervisionRecommendation(input: $input) {
      recommendation {
        id
        version
        answer
        answeredOn
      }
    }
  }
`);

/** Props of `AnswerRecommendationButton`. */
interface AnswerRecommendationButtonProps {
  recommendation: { id: string; version: number; position: number };
  concludedOn: string;
}

/** "Trả lời kiến nghị": the supervised side's answer to one recommendation, on a day. */
function AnswerRecommendationButton({ recommendation, concludedOn }: AnswerRecommendationButtonProps) {
  const { t } = useTranslation();
  const [answer] = useMutation(AnswerRecommendationMutation, { refetchQueries: ['SupervisionList'] });
  const modal = useModalForm({
    initialValues: { answer: '', answeredOn: localDateInVietnam() },
    validate: {
      answer: required('oversight.answerRequired'),
      answeredOn: required('oversight.answeredOnRequired'),
    },
    submit: (values) =>
      answer({
        variables: {
          input: {
            recommendationId: recommendation.id,
            expectedVersion: recommendation.version,
            answer: values.answer.trim(),
            answeredOn: values.answeredOn,
          },
        },
      }),
  });
  return (
    <ModalForm
      label={t('oversight.answerRecommendation')}
      title={t('oversight.answerRecommendationOf', { position: recommendation.position })}
      button={{ variant: 'light', size: 'xs' }}
      modal={modal}
    >
      <Textarea label={t('oversight.answerText')} required minRows={3} autosize {...modal.field('answer')} />
      <TextInput
        type="date"
        label={t('oversight.answeredOn')}
        min={concludedOn}
        max={localDateInVietnam()}
        required
        {...modal.field('answeredOn')}
      />
    </ModalForm>
  );
}

/** A supervision's recommendations in order, each answered (with its answer) or with "answer" when the viewer may. */
export function SupervisionRecommendations(props: {
  supervision: FragmentType<typeof SupervisionRecommendationsFragment>;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const s = getFragmentData(SupervisionRecommendationsFragment, props.supervision);
  if (s.recommendations.length === 0) return null;
  return (
    <List type="ordered" spacing="xs" size="sm" aria-label={t('oversight.recommendations')}>
      {s.recommendations.map((r) => (
        <List.Item key={r.id}>
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
            </Group>
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
