import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import { answerRules, answerValues } from './answer-form';

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
export interface AnswerRecommendationButtonProps {
  recommendation: { id: string; version: number; position: number };
  concludedOn: string;
}

/** "Trả lời kiến nghị": the supervised side's answer to one recommendation, on a day. */
export function AnswerRecommendationButton({ recommendation, concludedOn }: AnswerRecommendationButtonProps) {
  const { t } = useTranslation();
  const [answer] = useMutation(AnswerRecommendationMutation, { refetchQueries: ['SupervisionList'] });
  const modal = useModalForm({
    initialValues: answerValues(),
    validate: answerRules,
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
      <PastDateField
        label={t('oversight.answeredOn')}
        min={concludedOn}
        required
        {...modal.field('answeredOn')}
      />
    </ModalForm>
  );
}
