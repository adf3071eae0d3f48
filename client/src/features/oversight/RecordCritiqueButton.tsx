import { useMutation } from '@apollo/client/react';
import { Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { useRecordingOrganization } from '../../current-organization/use-recording-organization';
import { graphql } from '../../gql';
import type { CritiqueForm } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';

const RecordSocialCritiqueMutation = graphql(`
  mutation RecordSocialCritique($input: RecordSocialCritiqueInput!) {
    recordSocialCritique(input: $input) {
      socialCritique {
        id
      }
    }
  }
`);

const FORMS: CritiqueForm[] = ['CONFERENCE', 'WRITTEN'];

/**
 * "Ghi nhận phản biện": a social critique by the organization of a draft document (its drafting
 * body, the form, the day, how many opinions); shown only when `viewerCan.recordSocialCritique`.
 */
export function RecordCritiqueButton({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const organization = useRecordingOrganization(organizationId);
  const [record] = useMutation(RecordSocialCritiqueMutation, { refetchQueries: ['SocialCritiqueList'] });
  const modal = useModalForm({
    initialValues: {
      draftTitle: '',
      drafting: null as { id: string; name: string } | null,
      form: 'CONFERENCE' as CritiqueForm,
      heldOn: localDateInVietnam(),
      opinionsCount: 0 as number | string,
      summary: '',
    },
    validate: {
      draftTitle: required('oversight.draftTitleRequired'),
      drafting: required('oversight.draftingRequired'),
      heldOn: required('oversight.heldOnRequired'),
    },
    serverFields: { draftingOrganizationId: 'drafting' },
    submit: (values) =>
      record({
        variables: {
          input: {
            organizationId,
            draftTitle: values.draftTitle.trim(),
            draftingOrganizationId: values.drafting?.id ?? '',
            form: values.form,
            heldOn: values.heldOn,
            opinionsCount: Number(values.opinionsCount) || 0,
            summary: values.summary.trim() || null,
          },
        },
      }),
  });
  if (!organization?.can.recordSocialCritique) return null;
  return (
    <ModalForm
      label={t('oversight.recordCritique')}
      button={{ leftSection: <IconPlus size={16} aria-hidden /> }}
      modal={modal}
      size="lg"
    >
      <TextInput label={t('oversight.draftTitle')} required {...modal.field('draftTitle')} data-autofocus />
      <OrganizationPicker label={t('oversight.drafting')} required {...modal.field('drafting')} />
      <Group grow align="flex-start">
        <Select
          label={t('oversight.form')}
          data={FORMS.map((value) => ({ value, label: t(`critiqueForm.${value}`) }))}
          allowDeselect={false}
          {...modal.field('form')}
        />
        <PastDateField label={t('oversight.heldOn')} required {...modal.field('heldOn')} />
        <NumberInput
          label={t('oversight.opinionsCount')}
          min={0}
          max={100_000}
          {...modal.field('opinionsCount')}
        />
      </Group>
      <Textarea label={t('oversight.summary')} minRows={2} autosize {...modal.field('summary')} />
    </ModalForm>
  );
}
