import { useQuery } from '@apollo/client/react';
import { Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaPicker } from '../../components/AreaPicker';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { SearchFilter } from '../../components/SearchFilter';
import type { AreaOption } from '../../components/use-area-search';
import { SelectedAreaQuery } from '../directory/SelectedAreaChip';
import { MODEL_FIELDS, MODEL_STATUSES, recentYears, SCOPES, useModelFilters } from './use-model-filters';

/**
 * Filters of the model list: the organization's models or all those the viewer reads, search in
 * the name (diacritics optional), status (in the chosen year, or the latest), year, year registered,
 * field, area.
 */
export function ModelFilters({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { search, year, scope, areaId, set } = useModelFilters(organizationId);
  // The area chosen here (its name for the picker); the URL keeps its id, named by the API after a reload.
  const [area, setArea] = useState<AreaOption | null>(null);
  const known = areaId && area?.id === areaId ? area : null;
  const { data } = useQuery(SelectedAreaQuery, {
    variables: { id: areaId ?? '' },
    skip: !areaId || !!known,
  });
  const shown =
    known ?? (data && data.area.id === areaId ? { id: data.area.id, name: data.area.name } : null);
  return (
    <Stack gap="sm" role="search" aria-label={t('models.filtersLabel')}>
      <SegmentedControl
        aria-label={t('models.scopeFilter')}
        value={scope}
        onChange={(value) => set('scope', value === 'mine' ? null : value)}
        data={SCOPES.map((value) => ({ value, label: t(`models.scope.${value}`) }))}
        w="fit-content"
      />
      <Group align="flex-end" gap="sm">
        <SearchFilter
          label={t('models.search')}
          placeholder={t('models.searchPlaceholder')}
          value={search}
          onSearch={(value) => set('q', value)}
        />
        <Select
          label={t('models.yearFilter')}
          placeholder={t('models.anyYear')}
          clearable
          value={year}
          onChange={(value) => set('year', value)}
          data={recentYears().map(String)}
          w={140}
        />
        <ChoiceFilter
          param="registered"
          label={t('models.registeredFilter')}
          placeholder={t('models.anyYear')}
          choices={recentYears().map(String)}
          labelOf={(value) => value}
          width={140}
        />
        <ChoiceFilter
          param="status"
          label={t('models.statusFilter')}
          placeholder={t('models.any')}
          choices={MODEL_STATUSES}
          labelOf={(value) => t(`modelStatus.${value}`)}
          width={200}
        />
        <ChoiceFilter
          param="field"
          label={t('models.fieldFilter')}
          placeholder={t('models.any')}
          choices={MODEL_FIELDS}
          labelOf={(value) => t(`modelField.${value}`)}
          width={240}
        />
        <div style={{ width: 260, maxWidth: '100%' }}>
          <AreaPicker
            label={t('models.areaFilter')}
            value={shown}
            onChange={(picked) => {
              setArea(picked);
              set('area', picked?.id ?? null);
            }}
          />
        </div>
      </Group>
    </Stack>
  );
}
