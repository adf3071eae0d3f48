import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import { SegmentedField } from '../../components/forms/SegmentedField';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import { answerRules, answerValues } from './answer-form';

const AnswerSocialCritiqueMutation = graphql(`
  mutation AnswerSocialCritique($input: AnswerSocialCritiqueInput!) {
    answerSocialCritique(input: $input) {
      socialCritique {
        id
        version
        answer
        answeredOn
        takenIn
      }
    }
  }
`);

/** Props of `AnswerCritiqueButton`. */
export interface AnswerCritiqueButtonProps {
  critique: { id: string; version: number; draftTitle: string; heldOn: string };
}

/** "Tiếp thu, giải trình": the drafting body's answer to a critique, and whether it took the opinions in. */
export function AnswerCritiqueButton({ critique }: AnswerCritiqueButtonProps) {
  const { t } = useTranslation();
  const [answer] = useMutation(AnswerSocialCritiqueMutation, { refetchQueries: ['SocialCritiqueList'] });
  const modal = useModalForm({
    initialValues: { ...answerValues(), takenIn: 'yes' },
    validate: answerRules,
    submit: (values) =>
      answer({
        variables: {
          input: {
            socialCritiqueId: critique.id,
            expectedVersion: critique.version,
            answer: values.answer.trim(),
            answeredOn: values.answeredOn,
            takenIn: values.takenIn === 'yes',
          },
        },
      }),
  });
  return (
    <ModalForm
      label={t('oversight.answer')}
      title={t('oversight.answerOf', { title: critique.draftTitle })}
      button={{ variant: 'light', size: 'xs' }}
      modal={modal}
    >
      <SegmentedField
        label={t('oversight.takenInLabel')}
        data={[
          { value: 'yes', label: t('oversight.takenIn') },
          { value: 'no', label: t('oversight.notTakenIn') },
        ]}
        {...modal.field('takenIn')}
      />
      <Textarea label={t('oversight.answerText')} required minRows={3} autosize {...modal.field('answer')} />
      <PastDateField
        label={t('oversight.answeredOn')}
        min={critique.heldOn}
        required
        {...modal.field('answeredOn')}
      />
    </ModalForm>
  );
}
