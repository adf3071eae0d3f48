import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';
import type { ProgramHealth } from '../../gql/graphql';

const PostProgramUpdateMutation = graphql(`
  mutation PostProgramUpdate($input: PostProgramUpdateInput!) {
    postProgramUpdate(input: $input) {
      update {
        id
      }
      program {
        id
        updatedAt
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
  const [opened, { open, close }] = useDisclosure(false);
  const [organizationId, setOrganizationId] = useState(
    props.defaultOrganizationId ?? props.organizations[0]?.id ?? '',
  );
  const [health, setHealth] = useState<ProgramHealth>('ON_TRACK');
  const [body, setBody] = useState('');
  const [touched, setTouched] = useState(false);
  const [post, { loading, error, reset }] = useMutation(PostProgramUpdateMutation, {
    refetchQueries: ['ProgramPage'],
  });
  const bodyError = touched && !body.trim() ? t('programs.updateBodyRequired') : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!body.trim() || !organizationId) return;
    const result = await post({
      variables: { input: { programId: props.programId, organizationId, health, body: body.trim() } },
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
        {t('programs.postUpdate')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('programs.postUpdate')} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            {props.organizations.length > 1 && (
              <Select
                label={t('programs.onBehalfOf')}
                data={props.organizations.map((o) => ({ value: o.id, label: o.name }))}
                value={organizationId}
                onChange={(value) => value && setOrganizationId(value)}
                allowDeselect={false}
              />
            )}
            <Select
              label={t('programs.health')}
              data={HEALTHS.map((value) => ({ value, label: t(`programHealth.${value}`) }))}
              value={health}
              onChange={(value) => value && setHealth(value as ProgramHealth)}
              allowDeselect={false}
            />
            <Textarea
              label={t('programs.updateBody')}
              required
              autosize
              minRows={3}
              value={body}
              error={bodyError}
              onChange={(event) => setBody(event.currentTarget.value)}
              data-autofocus
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
