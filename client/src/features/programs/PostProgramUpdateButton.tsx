import { useMutation } from '@apollo/client/react';
import { Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import type { ProgramHealth } from '../../gql/graphql';

const PostProgramUpdateMutation = graphql(`
  mutation PostProgramUpdate($input: PostProgramUpdateInput!) {
    postProgramUpdate(input: $input) {
      program {
        id
        updatedAt
        ...ProgramUpdates
      }
    }
  }
`);

const HEALTHS: ProgramHealth[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];

/** Props of `PostProgramUpdateButton`. */
export interface PostProgramUpdateButtonProps {
  programId: string;
  /** The leading organizations (owner, LEAD, CO_LEAD): the update is posted on behalf of one. */
  organizations: { id: string; name: string }[];
  /** The one chosen first (an organization the viewer works for, when one leads). */
  defaultOrganizationId?: string;
}

/** "Cập nhật tình hình": the program's health and a short account, on behalf of a leading organization. */
export function PostProgramUpdateButton(props: PostProgramUpdateButtonProps) {
  const { t } = useTranslation();
  const [post] = useMutation(PostProgramUpdateMutation);
  const modal = useModalForm({
    initialValues: {
      organizationId: props.defaultOrganizationId ?? props.organizations[0]?.id ?? '',
      health: 'ON_TRACK' as ProgramHealth,
      body: '',
    },
    validate: {
      organizationId: required('programs.onBehalfOfRequired'),
      body: required('programs.updateBodyRequired'),
    },
    submit: ({ organizationId, health, body }) =>
      post({
        variables: { input: { programId: props.programId, organizationId, health, body: body.trim() } },
      }),
  });
  return (
    <ModalForm label={t('programs.postUpdate')} modal={modal} submitLabel={t('tasks.send')}>
      {props.organizations.length > 1 && (
        <Select
          label={t('programs.onBehalfOf')}
          data={props.organizations.map((o) => ({ value: o.id, label: o.name }))}
          allowDeselect={false}
          {...modal.field('organizationId')}
        />
      )}
      <Select
        label={t('programs.health')}
        data={HEALTHS.map((value) => ({ value, label: t(`programHealth.${value}`) }))}
        allowDeselect={false}
        {...modal.field('health')}
      />
      <Textarea label={t('programs.updateBody')} required {...modal.field('body')} data-autofocus />
    </ModalForm>
  );
}
