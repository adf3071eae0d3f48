import { useMutation } from '@apollo/client/react';
import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { graphql } from '../../gql';
import type { TaskPriority } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';

const TurnRecommendationIntoTaskMutation = graphql(`
  mutation TurnRecommendationIntoTask($input: TurnRecommendationIntoTaskInput!) {
    turnRecommendationIntoTask(input: $input) {
      recommendation {
        id
        version
        task {
          id
          title
          status
        }
      }
    }
  }
`);

const PRIORITIES: TaskPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/** Props of `RecommendationTaskButton`. */
export interface RecommendationTaskButtonProps {
  recommendation: { id: string; position: number; content: string };
  /** The supervised organization, proposed as the task's lead agency. */
  supervised: { id: string; name: string } | null;
}

/**
 * "Giao nhiệm vụ": turns a supervision's recommendation into a task with a lead agency (the
 * supervised organization by default), a due date and a priority; its answer is then tracked.
 */
export function RecommendationTaskButton({ recommendation, supervised }: RecommendationTaskButtonProps) {
  const { t } = useTranslation();
  const [turn] = useMutation(TurnRecommendationIntoTaskMutation, { refetchQueries: ['SupervisionList'] });
  const modal = useModalForm({
    initialValues: {
      title: recommendation.content.slice(0, 500),
      lead: supervised,
      dueOn: localDateInVietnam(30),
      priority: 'NORMAL' as TaskPriority,
    },
    validate: {
      title: required('createTask.titleRequired'),
      lead: required('oversight.leadRequired'),
      dueOn: required('createTask.dueRequired'),
    },
    serverFields: { leadOrganizationId: 'lead' },
    submit: (values) =>
      turn({
        variables: {
          input: {
            recommendationId: recommendation.id,
            title: values.title.trim(),
            leadOrganizationId: values.lead?.id ?? null,
            dueOn: values.dueOn,
            priority: values.priority,
          },
        },
      }),
  });
  return (
    <ModalForm
      label={t('oversight.turnIntoTask')}
      title={t('oversight.turnIntoTaskOf', { position: recommendation.position })}
      button={{ variant: 'light', size: 'xs' }}
      submitLabel={t('createTask.submit')}
      modal={modal}
      size="lg"
    >
      <TextInput label={t('createTask.taskTitle')} required {...modal.field('title')} data-autofocus />
      <OrganizationPicker label={t('oversight.leadOrganization')} required {...modal.field('lead')} />
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('createTask.dueOn')}
          min={localDateInVietnam()}
          required
          {...modal.field('dueOn')}
        />
        <Select
          label={t('oversight.priority')}
          data={PRIORITIES.map((value) => ({ value, label: t(`taskPriority.${value}`) }))}
          allowDeselect={false}
          {...modal.field('priority')}
        />
      </Group>
    </ModalForm>
  );
}
