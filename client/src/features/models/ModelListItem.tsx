import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { getFragmentData } from '../../gql';
import { ModelStatusBadge } from './ModelStatusBadge';
import { type ModelSummaryData, ModelSummaryFragment } from './model-summary';

/** One model in a list: its name (a link), latest status and year, field, owner, area, adoptions. */
export function ModelListItem(props: { model: ModelSummaryData }) {
  const { t } = useTranslation();
  const model = getFragmentData(ModelSummaryFragment, props.model);
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={paths.model(model.id)} fw={500}>
        {model.name}
      </Anchor>
      <Group gap="xs">
        <ModelStatusBadge status={model.latestStatus} year={model.latestYear} />
        <Text size="sm" c="dimmed">
          {t(`modelField.${model.field}`)}
        </Text>
        {model.adoptionCount > 0 && (
          <Text size="sm" fw={500}>
            {t('models.adoptedBy', { count: model.adoptionCount })}
          </Text>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {[model.owner.name, model.area.name, t('models.registeredIn', { year: model.yearRegistered })].join(
          ' · ',
        )}
      </Text>
    </Stack>
  );
}
