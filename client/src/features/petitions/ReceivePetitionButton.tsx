import { useMutation } from '@apollo/client/react';
import { Fieldset, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { AreaPicker } from '../../components/AreaPicker';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import type { AreaOption } from '../../components/use-area-search';
import { useRecordingOrganization } from '../../current-organization/use-recording-organization';
import { graphql } from '../../gql';
import type { PetitionChannel, PetitionKind } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';
import { ReceptionMeetingSelect } from './ReceptionMeetingSelect';
import { PETITION_CHANNELS, PETITION_KINDS } from './use-petition-filters';

const ReceivePetitionMutation = graphql(`
  mutation ReceivePetition($input: ReceivePetitionInput!) {
    receivePetition(input: $input) {
      petition {
        id
      }
    }
  }
`);

const blankToNull = (text: string): string | null => text.trim() || null;

/**
 * "Tiếp nhận đơn": records a petition received by the organization (kind, channel, date, subject,
 * summary, area, petitioner); shown only when the API says the viewer may
 * (`Organization.viewerCan.receivePetition`). Opens the petition once recorded.
 */
export function ReceivePetitionButton({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organization = useRecordingOrganization(organizationId);
  const [receive] = useMutation(ReceivePetitionMutation, { refetchQueries: ['OrganizationPetitionList'] });
  const modal = useModalForm({
    initialValues: {
      kind: 'COMPLAINT' as PetitionKind,
      channel: 'IN_PERSON' as PetitionChannel,
      receivedOn: localDateInVietnam(),
      subject: '',
      summary: '',
      area: (organization?.area ?? null) as AreaOption | null,
      concerns: null as { id: string; name: string } | null,
      receptionMeeting: null as string | null,
      fullName: '',
      address: '',
      phone: '',
      identityNumber: '',
    },
    validate: {
      receivedOn: required('receivePetition.receivedOnRequired'),
      subject: required('receivePetition.subjectRequired'),
      area: required('receivePetition.areaRequired'),
      fullName: required('receivePetition.fullNameRequired'),
    },
    serverFields: {
      areaId: 'area',
      concernsOrganizationId: 'concerns',
      receptionMeetingId: 'receptionMeeting',
    },
    submit: (values) =>
      receive({
        variables: {
          input: {
            organizationId,
            kind: values.kind,
            channel: values.channel,
            receivedOn: values.receivedOn,
            subject: values.subject.trim(),
            summary: blankToNull(values.summary),
            areaId: values.area?.id ?? '',
            receptionMeetingId: values.channel === 'IN_PERSON' ? values.receptionMeeting : null,
            concernsOrganizationId: values.kind === 'DENUNCIATION' ? (values.concerns?.id ?? null) : null,
            petitioner: {
              fullName: values.fullName.trim(),
              address: blankToNull(values.address),
              phone: blankToNull(values.phone),
              identityNumber: blankToNull(values.identityNumber),
            },
          },
        },
      }),
    onSuccess: (result) => {
      if (result.data) void navigate(paths.petition(result.data.receivePetition.petition.id));
    },
  });
  if (!organization?.can.receivePetition) return null;
  return (
    <ModalForm
      label={t('receivePetition.title')}
      button={{ leftSection: <IconPlus size={16} aria-hidden /> }}
      modal={modal}
      submitLabel={t('receivePetition.submit')}
      size="lg"
    >
      <Group grow align="flex-start">
        <Select
          label={t('receivePetition.kind')}
          data={PETITION_KINDS.map((value) => ({ value, label: t(`petitionKind.${value}`) }))}
          allowDeselect={false}
          {...modal.field('kind')}
        />
        <Select
          label={t('receivePetition.channel')}
          data={PETITION_CHANNELS.map((value) => ({ value, label: t(`petitionChannel.${value}`) }))}
          allowDeselect={false}
          {...modal.field('channel')}
        />
      </Group>
      <PastDateField label={t('receivePetition.receivedOn')} required {...modal.field('receivedOn')} />
      {modal.values.channel === 'IN_PERSON' && (
        <ReceptionMeetingSelect
          organizationId={organizationId}
          receivedOn={modal.values.receivedOn}
          {...modal.field('receptionMeeting')}
        />
      )}
      <TextInput label={t('receivePetition.subject')} required {...modal.field('subject')} data-autofocus />
      <Textarea label={t('receivePetition.summary')} minRows={2} autosize {...modal.field('summary')} />
      <AreaPicker label={t('receivePetition.area')} required {...modal.field('area')} />
      {modal.values.kind === 'DENUNCIATION' && (
        <OrganizationPicker label={t('receivePetition.concerns')} {...modal.field('concerns')} />
      )}
      <Fieldset legend={t('receivePetition.petitioner')}>
        <Stack gap="sm">
          <TextInput label={t('petitioner.fullName')} required {...modal.field('fullName')} />
          <TextInput label={t('petitioner.address')} {...modal.field('address')} />
          <Group grow align="flex-start">
            <TextInput label={t('petitioner.phone')} type="tel" {...modal.field('phone')} />
            <TextInput label={t('petitioner.identityNumber')} {...modal.field('identityNumber')} />
          </Group>
        </Stack>
      </Fieldset>
    </ModalForm>
  );
}
