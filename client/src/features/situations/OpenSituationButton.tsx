import { useMutation } from '@apollo/client/react';
import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AreaPicker } from '../../components/AreaPicker';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationMultiPicker } from '../../components/OrganizationMultiPicker';
import type { AreaOption } from '../../components/use-area-search';
import { useRecordingOrganization } from '../../current-organization/use-recording-organization';
import { graphql } from '../../gql';
import type { SituationCategory, SituationSeverity } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';
import { SITUATION_CATEGORIES, SITUATION_SEVERITIES } from './situation-values';

const OpenComplexSituationMutation = graphql(`
  mutation OpenComplexSituation($input: OpenComplexSituationInput!) {
    openComplexSituation(input: $input) {
      situation {
        id
      }
    }
  }
`);

/**
 * "Báo cáo vụ việc phức tạp": opens a complex situation in the organization's name (category,
 * severity, area, date, description, the organizations handling it, who are notified); shown only
 * when `Organization.viewerCan.openComplexSituation`.
 */
export function OpenSituationButton({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const organization = useRecordingOrganization(organizationId);
  const [open] = useMutation(OpenComplexSituationMutation, { refetchQueries: ['ComplexSituationList'] });
  const modal = useModalForm({
    initialValues: {
      title: '',
      category: 'LAND_CLEARANCE' as SituationCategory,
      severity: 'MEDIUM' as SituationSeverity,
      area: (organization?.area ?? null) as AreaOption | null,
      openedOn: localDateInVietnam(),
      description: '',
      handling: [] as { id: string; name: string }[],
    },
    validate: {
      title: required('situations.titleRequired'),
      area: required('situations.areaRequired'),
      openedOn: required('situations.openedOnRequired'),
    },
    serverFields: { areaId: 'area', handlingOrganizationIds: 'handling' },
    submit: (values) =>
      open({
        variables: {
          input: {
            organizationId,
            title: values.title.trim(),
            category: values.category,
            severity: values.severity,
            areaId: values.area?.id ?? '',
            openedOn: values.openedOn,
            description: values.description.trim() || null,
            handlingOrganizationIds: values.handling.map((o) => o.id),
          },
        },
      }),
  });
  if (!organization?.can.openComplexSituation) return null;
  return (
    <ModalForm
      label={t('situations.open')}
      button={{ leftSection: <IconPlus size={16} aria-hidden /> }}
      modal={modal}
      submitLabel={t('situations.openSubmit')}
      size="lg"
    >
      <TextInput label={t('situations.titleLabel')} required {...modal.field('title')} data-autofocus />
      <Group grow align="flex-start">
        <Select
          label={t('situations.category')}
          data={SITUATION_CATEGORIES.map((value) => ({ value, label: t(`situationCategory.${value}`) }))}
          allowDeselect={false}
          {...modal.field('category')}
        />
        <Select
          label={t('situations.severity')}
          data={SITUATION_SEVERITIES.map((value) => ({ value, label: t(`situationSeverity.${value}`) }))}
          allowDeselect={false}
          {...modal.field('severity')}
        />
      </Group>
      <Group grow align="flex-start">
        <AreaPicker label={t('situations.area')} required {...modal.field('area')} />
        <PastDateField label={t('situations.openedOnLabel')} required {...modal.field('openedOn')} />
      </Group>
      <Textarea label={t('situations.description')} minRows={3} autosize {...modal.field('description')} />
      <OrganizationMultiPicker
        label={t('situations.handling')}
        value={modal.values.handling}
        onChange={(value) => modal.form.setFieldValue('handling', value)}
      />
    </ModalForm>
  );
}
