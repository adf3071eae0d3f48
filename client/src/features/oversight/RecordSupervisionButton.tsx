import { useMutation } from '@apollo/client/react';
import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import type { FieldRule } from '../../components/forms/rules';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { PersonPicker } from '../../components/PersonPicker';
import { useRecordingOrganization } from '../../current-organization/use-recording-organization';
import { graphql } from '../../gql';
import type { SupervisionSubjectKind } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';

const RecordSupervisionMutation = graphql(`
  mutation RecordSupervision($input: RecordSupervisionInput!) {
    recordSupervision(input: $input) {
      supervision {
        id
      }
    }
  }
`);

const SUBJECT_KINDS: SupervisionSubjectKind[] = ['ORGANIZATION', 'POLICY', 'PERSON'];

interface Values {
  title: string;
  subjectKind: SupervisionSubjectKind;
  subjectOrganization: { id: string; name: string } | null;
  subjectPerson: { id: string; fullName: string } | null;
  subjectDescription: string;
  periodStart: string;
  periodEnd: string;
  concludedOn: string;
  findings: string;
  recommendations: string;
}

/** The subject the chosen kind needs: an organization, a person, or the policy's description. */
const checkSubject: FieldRule<unknown, Values> = (_, values) => {
  if (values.subjectKind === 'ORGANIZATION' && !values.subjectOrganization)
    return 'oversight.subjectRequired';
  if (values.subjectKind === 'PERSON' && !values.subjectPerson) return 'oversight.subjectRequired';
  if (values.subjectKind === 'POLICY' && !values.subjectDescription.trim())
    return 'oversight.subjectRequired';
  return null;
};

/** The recommendations typed one per line, blank lines left out. */
const recommendationLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * "Ghi nhận giám sát": a supervision by the organization (its subject — an organization, a policy
 * or a person —, period, findings and recommendations, one per line); shown only when
 * `Organization.viewerCan.recordSupervision`.
 */
export function RecordSupervisionButton({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const organization = useRecordingOrganization(organizationId);
  const [record] = useMutation(RecordSupervisionMutation, { refetchQueries: ['SupervisionList'] });
  const modal = useModalForm<Values, unknown>({
    initialValues: {
      title: '',
      subjectKind: 'ORGANIZATION',
      subjectOrganization: null,
      subjectPerson: null,
      subjectDescription: '',
      periodStart: localDateInVietnam(-90),
      periodEnd: localDateInVietnam(),
      concludedOn: localDateInVietnam(),
      findings: '',
      recommendations: '',
    },
    validate: {
      title: required('oversight.titleRequired'),
      findings: required('oversight.findingsRequired'),
      subjectOrganization: checkSubject,
      subjectPerson: checkSubject,
      subjectDescription: checkSubject,
    },
    serverFields: { subjectOrganizationId: 'subjectOrganization', subjectPersonId: 'subjectPerson' },
    submit: (values) =>
      record({
        variables: {
          input: {
            organizationId,
            title: values.title.trim(),
            subjectKind: values.subjectKind,
            subjectOrganizationId:
              values.subjectKind === 'ORGANIZATION' ? (values.subjectOrganization?.id ?? null) : null,
            subjectPersonId: values.subjectKind === 'PERSON' ? (values.subjectPerson?.id ?? null) : null,
            subjectDescription: values.subjectDescription.trim() || null,
            periodStart: values.periodStart,
            periodEnd: values.periodEnd,
            concludedOn: values.concludedOn,
            findings: values.findings.trim(),
            recommendations: recommendationLines(values.recommendations),
          },
        },
      }),
  });
  if (!organization?.can.recordSupervision) return null;
  const kind = modal.values.subjectKind;
  return (
    <ModalForm
      label={t('oversight.recordSupervision')}
      button={{ leftSection: <IconPlus size={16} aria-hidden /> }}
      modal={modal}
      size="lg"
    >
      <TextInput label={t('oversight.supervisionTitle')} required {...modal.field('title')} data-autofocus />
      <Select
        label={t('oversight.subjectKind')}
        data={SUBJECT_KINDS.map((value) => ({ value, label: t(`supervisionSubject.${value}`) }))}
        allowDeselect={false}
        {...modal.field('subjectKind')}
      />
      {kind === 'ORGANIZATION' && (
        <OrganizationPicker
          label={t('oversight.subjectOrganization')}
          required
          {...modal.field('subjectOrganization')}
        />
      )}
      {kind === 'PERSON' && (
        <PersonPicker label={t('oversight.subjectPerson')} required {...modal.field('subjectPerson')} />
      )}
      <TextInput
        label={t(kind === 'POLICY' ? 'oversight.subjectPolicy' : 'oversight.subjectPrecision')}
        required={kind === 'POLICY'}
        {...modal.field('subjectDescription')}
      />
      <Group grow align="flex-start">
        <TextInput type="date" label={t('oversight.periodStart')} required {...modal.field('periodStart')} />
        <TextInput type="date" label={t('oversight.periodEnd')} required {...modal.field('periodEnd')} />
        <PastDateField label={t('oversight.concludedOnLabel')} required {...modal.field('concludedOn')} />
      </Group>
      <Textarea label={t('oversight.findings')} required minRows={3} autosize {...modal.field('findings')} />
      <Textarea
        label={t('oversight.recommendations')}
        description={t('oversight.recommendationsHint')}
        minRows={3}
        autosize
        {...modal.field('recommendations')}
      />
    </ModalForm>
  );
}
