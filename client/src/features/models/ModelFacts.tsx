import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Fact, FactsTable } from '../../components/FactsTable';
import { SectionCard } from '../../components/SectionCard';
import { getFragmentData } from '../../gql';
import { ModelStatusBadge } from './ModelStatusBadge';
import { type ModelSummaryData, ModelSummaryFragment } from './model-summary';

/** Props of `ModelFacts`. */
export interface ModelFactsProps {
  model: ModelSummaryData;
  description?: string | null;
}

/** A model's facts in a card: its description, latest status, field, owner, area, level, year, adoptions. */
export function ModelFacts({ description, ...props }: ModelFactsProps) {
  const { t } = useTranslation();
  const model = getFragmentData(ModelSummaryFragment, props.model);
  const facts: Fact[] = [
    [
      t('models.latestStatus'),
      <ModelStatusBadge key="s" status={model.latestStatus} year={model.latestYear} />,
    ],
    [t('registerModel.field'), t(`modelField.${model.field}`)],
    [t('models.owner'), model.owner.name],
    [t('registerModel.area'), model.area.name],
    [t('registerModel.level'), t(`areaLevel.${model.level}`)],
    [t('registerModel.year'), model.yearRegistered],
  ];
  if (model.adoptionCount > 0)
    facts.push([t('models.adoption'), t('models.adoptedBy', { count: model.adoptionCount })]);
  return (
    <SectionCard title={t('models.facts')}>
      <Stack gap="sm">
        {description && <Text size="sm">{description}</Text>}
        <FactsTable label={t('models.facts')} facts={facts} />
      </Stack>
    </SectionCard>
  );
}
