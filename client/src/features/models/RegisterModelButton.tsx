import { useMutation } from '@apollo/client/react';
import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { AreaPicker } from '../../components/AreaPicker';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import type { AreaOption } from '../../components/use-area-search';
import { useRecordingOrganization } from '../../current-organization/use-recording-organization';
import { graphql } from '../../gql';
import type { AreaLevel, ModelField } from '../../gql/graphql';
import { MODEL_FIELDS, currentYear, recentYears } from './use-model-filters';

const RegisterModelMutation = graphql(`
  mutation RegisterModel($input: RegisterModelInput!) {
    registerModel(input: $input) {
      model {
        id
      }
    }
  }
`);

const LEVELS: AreaLevel[] = ['PROVINCE', 'COMMUNE', 'VILLAGE', 'DISTRICT', 'CENTRAL'];

/**
 * "Đăng ký mô hình": a model of the organization (name, field, level, area, year, description),
 * NEW in its year; shown only when the API says the viewer may (`viewerCan.registerModel`).
 */
export function RegisterModelButton({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organization = useRecordingOrganization(organizationId);
  const [register] = useMutation(RegisterModelMutation, { refetchQueries: ['ModelList'] });
  const modal = useModalForm({
    initialValues: {
      name: '',
      field: 'ECONOMY' as ModelField,
      level: (organization?.level ?? 'COMMUNE') as AreaLevel,
      area: (organization?.area ?? null) as AreaOption | null,
      yearRegistered: String(currentYear()),
      description: '',
    },
    validate: {
      name: required('registerModel.nameRequired'),
      area: required('registerModel.areaRequired'),
    },
    serverFields: { areaId: 'area' },
    submit: (values) =>
      register({
        variables: {
          input: {
            ownerOrganizationId: organizationId,
            name: values.name.trim(),
            field: values.field,
            level: values.level,
            areaId: values.area?.id ?? '',
            yearRegistered: Number(values.yearRegistered),
            description: values.description.trim() || null,
          },
        },
      }),
    onSuccess: (result) => {
      if (result.data) void navigate(paths.model(result.data.registerModel.model.id));
    },
  });
  if (!organization?.can.registerModel) return null;
  return (
    <ModalForm
      label={t('registerModel.title')}
      button={{ leftSection: <IconPlus size={16} aria-hidden /> }}
      modal={modal}
      submitLabel={t('registerModel.submit')}
      size="lg"
    >
      <TextInput label={t('registerModel.name')} required {...modal.field('name')} data-autofocus />
      <Group grow align="flex-start">
        <Select
          label={t('registerModel.field')}
          data={MODEL_FIELDS.map((value) => ({ value, label: t(`modelField.${value}`) }))}
          allowDeselect={false}
          {...modal.field('field')}
        />
        <Select
          label={t('registerModel.year')}
          data={recentYears().map(String)}
          allowDeselect={false}
          {...modal.field('yearRegistered')}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('registerModel.level')}
          data={LEVELS.map((value) => ({ value, label: t(`areaLevel.${value}`) }))}
          allowDeselect={false}
          {...modal.field('level')}
        />
        <AreaPicker label={t('registerModel.area')} required {...modal.field('area')} />
      </Group>
      <Textarea label={t('registerModel.description')} minRows={3} autosize {...modal.field('description')} />
    </ModalForm>
  );
}
