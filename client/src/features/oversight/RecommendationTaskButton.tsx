import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { graphql } from '../../gql';
import { TaskModalForm } from '../tasks/TaskModalForm';
import { newTaskValues, taskBasicRules } from '../tasks/task-basics';

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

/** Props of `RecommendationTaskButton`. */
export interface RecommendationTaskButtonProps {
  recommendation: { id: string; position: number; content: string };
  /** The supervising organization, proposed as the lead when the supervised one may not be. */
  supervising: { id: string; name: string };
  /** The supervised organization, proposed as the lead when the viewer may give it a task. */
  supervised: { id: string; name: string; viewerCan: { createTask: boolean } } | null;
}

/**
 * "Giao nhiệm vụ": turns a supervision's recommendation into a task with a lead agency, a due date
 * and a priority; its answer is then tracked. The lead proposed is the supervised organization when
 * the viewer may give it a task (`viewerCan.createTask`), else the supervising one, with a note.
 */
export function RecommendationTaskButton({
  recommendation,
  supervising,
  supervised,
}: RecommendationTaskButtonProps) {
  const { t } = useTranslation();
  const supervisedLeads = supervised?.viewerCan.createTask ?? false;
  const [turn] = useMutation(TurnRecommendationIntoTaskMutation, { refetchQueries: ['SupervisionList'] });
  const modal = useModalForm({
    initialValues: {
      ...newTaskValues(recommendation.content),
      lead: supervised && supervisedLeads ? { id: supervised.id, name: supervised.name } : supervising,
    },
    validate: { ...taskBasicRules, lead: required('oversight.leadRequired') },
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
    <TaskModalForm
      label={t('oversight.turnIntoTask')}
      title={t('oversight.turnIntoTaskOf', { position: recommendation.position })}
      button={{ variant: 'light', size: 'xs' }}
      modal={modal}
      without="description"
    >
      <OrganizationPicker label={t('oversight.leadOrganization')} required {...modal.field('lead')} />
      {supervised && !supervisedLeads && (
        <Text size="sm" c="dimmed">
          {t('oversight.leadHint', { name: supervised.name })}
        </Text>
      )}
    </TaskModalForm>
  );
}
