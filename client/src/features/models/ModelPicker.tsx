import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchPicker, searchText } from '../../components/SearchPicker';
import { useServerSearch } from '../../components/use-server-search';
import { graphql } from '../../gql';

const ModelOptionsQuery = graphql(`
  query ModelOptions($search: String!) {
    models(filter: { search: $search }, first: 10) {
      edges { node { id name } }
    }
  }
`);

type Option = { id: string; name: string };

/** Props of `ModelPicker`. */
export interface ModelPickerProps {
  label: string;
  value: Option | null;
  onChange: (model: Option | null) => void;
  /** A model not offered (the one being recorded). */
  excludeId: string;
  required?: boolean;
  error?: string | null;
}

/** Picks one model the viewer may read, searched by name (with or without diacritics). */
export function ModelPicker({ excludeId, ...props }: ModelPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { options, loading } = useServerSearch(
    ModelOptionsQuery,
    searchText(search, props.value?.name),
    (data) => data.models.edges.map((e) => e.node).filter((m) => m.id !== excludeId),
  );
  return (
    <SearchPicker
      {...props}
      placeholder={t('modelActions.searchModel')}
      search={search}
      onSearchChange={setSearch}
      options={options}
      loading={loading}
      labelOf={(m) => m.name}
    />
  );
}
