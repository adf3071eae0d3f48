import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OrganizationMultiPicker } from '../../components/OrganizationMultiPicker';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { PageTitle } from '../../components/PageTitle';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { graphql } from '../../gql';
import type { TaskPriority } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';

const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      task {
        id
      }
    }
  }
`);

type Option = { id: string; name: string };
const PRIORITIES: TaskPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/**
 * "Giao nhiệm vụ": title, deadline, the lead organization and the coordinating ones. The
 * server decides who may (COORDINATOR on the lead); a refusal is explained in plain words.
 */
export default function CreateTaskPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { current } = useCurrentOrganization();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [dueOn, setDueOn] = useState(localDateInVietnam(30));
  const [priority, setPriority] = useState<TaskPriority>('NORMAL');
  const [lead, setLead] = useState<Option | null>(null);
  const [coordinating, setCoordinating] = useState<Option[]>([]);
  const [touched, setTouched] = useState(false);
  const [create, { loading, error }] = useMutation(CreateTaskMutation, {
    refetchQueries: ['Dashboard', 'OrganizationTaskList'],
  });
  const chosenLead = lead ?? (current ? { id: current.id, name: current.name } : null);
  const errors = {
    title: touched && !title.trim() ? t('createTask.titleRequired') : null,
    dueOn: touched && !dueOn ? t('createTask.dueRequired') : null,
    lead: touched && !chosenLead ? t('createTask.leadRequired') : null,
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!title.trim() || !dueOn || !chosenLead) return;
    const result = await create({
      variables: {
        input: {
          title: title.trim(),
          description: description.trim() || null,
          dueOn,
          priority,
          lead: { organizationId: chosenLead.id },
          coordinating: coordinating
            .filter((o) => o.id !== chosenLead.id)
            .map((o) => ({ organizationId: o.id })),
        },
      },
    }).catch(() => null);
    if (result?.data) void navigate(paths.task(result.data.createTask.task.id));
  };
  return (
    <>
      <PageTitle title={t('createTask.title')} intro={t('createTask.intro')} />
      <Card withBorder padding="lg" maw={720}>
        <form onSubmit={submit} noValidate aria-label={t('createTask.title')}>
          <Stack>
            {error && <ErrorAlert error={error} />}
            <TextInput
              label={t('createTask.taskTitle')}
              required
              value={title}
              error={errors.title}
              onChange={(event) => setTitle(event.currentTarget.value)}
            />
            <Textarea
              label={t('createTask.description')}
              autosize
              minRows={2}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
            />
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label={t('createTask.dueOn')}
                required
                value={dueOn}
                error={errors.dueOn}
                onChange={(event) => setDueOn(event.currentTarget.value)}
              />
              <Select
                label={t('createTask.priority')}
                data={PRIORITIES.map((value) => ({ value, label: t(`taskPriority.${value}`) }))}
                value={priority}
                allowDeselect={false}
                onChange={(value) => value && setPriority(value as TaskPriority)}
              />
            </Group>
            <OrganizationPicker
              label={t('createTask.lead')}
              required
              value={chosenLead}
              onChange={setLead}
              error={errors.lead}
            />
            <OrganizationMultiPicker
              label={t('createTask.coordinating')}
              value={coordinating}
              onChange={setCoordinating}
              excludeId={chosenLead?.id}
            />
            <Group justify="flex-end">
              <Button variant="default" component={Link} to={paths.tasks}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('createTask.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
}
