import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';
import type { ProgramStatus } from '../../gql/graphql';

const ChangeProgramStatusMutation = graphql(`
  mutation ChangeProgramStatus($input: ChangeProgramStatusInput!) {
    changeProgramStatus(input: $input) {
      program {
        id
        version
        status
        statusReason
      }
    }
  }
`);

/** The moves the server allows from each status (the server checks again). */
const NEXT: Record<ProgramStatus, ProgramStatus[]> = {
  DRAFT: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['SUSPENDED', 'COMPLETED', 'CANCELLED'],
  SUSPENDED: ['ACTIVE', 'COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};
const NEEDS_REASON: ProgramStatus[] = ['SUSPENDED', 'CANCELLED'];

/** Whether a program in `status` can still change status. */
export const canChangeFrom = (status: ProgramStatus) => NEXT[status].length > 0;

/** Props of `ChangeProgramStatusButton`. */
export interface ChangeProgramStatusButtonProps {
  programId: string;
  version: number;
  status: ProgramStatus;
}

/** "Đổi tình trạng": a new status, with a reason when suspending or cancelling. */
export function ChangeProgramStatusButton({ programId, version, status }: ChangeProgramStatusButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [next, setNext] = useState<ProgramStatus | null>(null);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [change, { loading, error, reset }] = useMutation(ChangeProgramStatusMutation, {
    refetchQueries: ['ProgramPage'],
  });
  const needsReason = next !== null && NEEDS_REASON.includes(next);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!next || (needsReason && !reason.trim())) return;
    const result = await change({
      variables: {
        input: { programId, expectedVersion: version, status: next, reason: reason.trim() || null },
      },
    }).catch(() => null);
    if (result?.data) close();
  };
  return (
    <>
      <Button
        variant="light"
        onClick={() => {
          reset();
          setNext(null);
          setReason('');
          setTouched(false);
          open();
        }}
      >
        {t('programs.changeStatus')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('programs.changeStatus')} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            <Select
              label={t('programs.newStatus')}
              required
              data={NEXT[status].map((value) => ({ value, label: t(`programStatus.${value}`) }))}
              value={next}
              error={touched && !next ? t('programs.newStatusRequired') : null}
              onChange={(value) => setNext(value as ProgramStatus | null)}
              data-autofocus
            />
            <Textarea
              label={t('programs.statusReason')}
              required={needsReason}
              autosize
              minRows={2}
              value={reason}
              error={touched && needsReason && !reason.trim() ? t('programs.statusReasonRequired') : null}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
