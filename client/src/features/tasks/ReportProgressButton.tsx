import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';

const ReportTaskProgressMutation = graphql(`
  mutation ReportTaskProgress($input: ReportTaskProgressInput!) {
    reportTaskProgress(input: $input) {
      task {
        id
        version
        progressPercent
        status
      }
    }
  }
`);

/** Props of `ReportProgressButton`. */
export interface ReportProgressButtonProps {
  taskId: string;
  /** Assigned organizations the viewer works for: the report is made on behalf of one. */
  organizations: { id: string; name: string }[];
}

/** "Báo cáo tiến độ": a percentage and what was done, on behalf of an assigned organization. */
export function ReportProgressButton({ taskId, organizations }: ReportProgressButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [organizationId, setOrganizationId] = useState(organizations[0]?.id ?? '');
  const [percent, setPercent] = useState<number>(50);
  const [body, setBody] = useState('');
  const [touched, setTouched] = useState(false);
  const [report, { loading, error, reset }] = useMutation(ReportTaskProgressMutation, {
    refetchQueries: ['TaskPage'],
  });
  const bodyError = touched && !body.trim() ? t('tasks.reportBodyRequired') : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!body.trim()) return;
    const result = await report({
      variables: { input: { taskId, organizationId, percent, body: body.trim() } },
    }).catch(() => null);
    if (result?.data) {
      setBody('');
      setTouched(false);
      close();
    }
  };
  return (
    <>
      <Button
        onClick={() => {
          reset();
          open();
        }}
      >
        {t('tasks.reportProgress')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('tasks.reportProgress')} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            {organizations.length > 1 && (
              <Select
                label={t('tasks.reportingOrganization')}
                data={organizations.map((o) => ({ value: o.id, label: o.name }))}
                value={organizationId}
                onChange={(value) => value && setOrganizationId(value)}
                allowDeselect={false}
              />
            )}
            <NumberInput
              label={t('tasks.percent')}
              min={0}
              max={100}
              clampBehavior="strict"
              suffix="%"
              value={percent}
              onChange={(value) => setPercent(typeof value === 'number' ? value : Number(value) || 0)}
              data-autofocus
            />
            <Textarea
              label={t('tasks.reportBody')}
              required
              autosize
              minRows={3}
              value={body}
              error={bodyError}
              onChange={(event) => setBody(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('tasks.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
