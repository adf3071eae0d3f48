import { useMutation } from '@apollo/client/react';
import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';

/** What the situation list shows of a response program (its code and title, linked). */
export const ResponseProgramFragment = graphql(`
  fragment ResponseProgram on CoordinationProgram {
    id
    code
    title
  }
`);

const StartResponseProgramMutation = graphql(`
  mutation StartResponseProgram($input: StartResponseProgramInput!) {
    startResponseProgram(input: $input) {
      program {
        ...ResponseProgram
      }
      situation {
        id
        version
        responseProgram {
          ...ResponseProgram
        }
      }
    }
  }
`);

/** Props of `StartResponseProgramButton`. */
export interface StartResponseProgramButtonProps {
  situation: { id: string; title: string; openedOn: string };
}

/**
 * "Lập phương án xử lý": starts a coordination program for the situation in one step (the
 * organizations handling it lead and coordinate); its code is asked, its title and start proposed.
 */
export function StartResponseProgramButton({ situation }: StartResponseProgramButtonProps) {
  const { t } = useTranslation();
  // The program lists (if already read) show the new program.
  const [start] = useMutation(StartResponseProgramMutation, { refetchQueries: ['ProgramList'] });
  const modal = useModalForm({
    initialValues: {
      code: '',
      title: t('situations.programTitleDefault', { title: situation.title }),
      startsOn: situation.openedOn,
      endsOn: '',
    },
    validate: {
      code: required('situations.programCodeRequired'),
      title: required('situations.programTitleRequired'),
    },
    submit: (values) =>
      start({
        variables: {
          input: {
            situationId: situation.id,
            code: values.code.trim(),
            title: values.title.trim(),
            startsOn: values.startsOn || null,
            endsOn: values.endsOn || null,
          },
        },
      }),
  });
  return (
    <ModalForm
      label={t('situations.startProgram')}
      title={t('situations.startProgramOf', { title: situation.title })}
      button={{ variant: 'light', size: 'xs' }}
      submitLabel={t('situations.startProgramSubmit')}
      modal={modal}
      size="lg"
    >
      <TextInput label={t('situations.programCode')} required {...modal.field('code')} data-autofocus />
      <TextInput label={t('situations.programTitle')} required {...modal.field('title')} />
      <Group grow align="flex-start">
        <TextInput type="date" label={t('situations.programStartsOn')} {...modal.field('startsOn')} />
        <TextInput
          type="date"
          label={t('situations.programEndsOn')}
          min={modal.values.startsOn || undefined}
          {...modal.field('endsOn')}
        />
      </Group>
    </ModalForm>
  );
}
