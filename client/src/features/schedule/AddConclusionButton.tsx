import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';

const AddConclusionMutation = graphql(`
  mutation AddConclusion($input: AddConclusionInput!) {
    addConclusion(input: $input) {
      conclusion {
        id
        position
        text
      }
    }
  }
`);

/** "Thêm kết luận": one more conclusion of the meeting. */
export function AddConclusionButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [add] = useMutation(AddConclusionMutation, { refetchQueries: ['MeetingPage'] });
  const modal = useModalForm({
    initialValues: { text: '' },
    validate: { text: required('meeting.conclusionRequired') },
    submit: ({ text }) => add({ variables: { input: { meetingId, text: text.trim() } } }),
  });
  return (
    <ModalForm label={t('meeting.addConclusion')} button={{ variant: 'light' }} modal={modal}>
      <Textarea label={t('meeting.conclusionText')} required {...modal.field('text')} data-autofocus />
    </ModalForm>
  );
}
