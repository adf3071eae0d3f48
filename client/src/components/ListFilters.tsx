import { Group, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../app/use-url-params';
import { SearchFilter } from './SearchFilter';

/** The URL parameters every record list shares: the search (`q`) and a date range (`from`, `to`). */
type ListKey = 'q' | 'from' | 'to';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A record list's state kept in the URL: the search, the date range (a malformed date is ignored)
 * and the list's own parameters (`Extra`), with `useUrlParams`'s `get`, `pick` and `set`.
 */
export function useListParams<Extra extends string = never>() {
  const params = useUrlParams<ListKey | Extra>();
  const date = (key: 'from' | 'to'): string | null => {
    const value = params.get(key);
    return value && LOCAL_DATE.test(value) ? value : null;
  };
  const search = params.get('q') ?? '';
  const from = date('from');
  const to = date('to');
  /** The API filter's search and date range, under the names the list's filter gives the range's ends. */
  const searchAndRange = <F extends string, T extends string>(fromField: F, toField: T) =>
    ({
      ...(search ? { search } : {}),
      ...(from ? { [fromField]: from } : {}),
      ...(to ? { [toField]: to } : {}),
    }) as { search?: string } & Partial<Record<F | T, string>>;
  return { ...params, search, from, to, searchAndRange };
}

/** Props of `ListFilters`. */
export interface ListFiltersProps {
  /** The accessible name of the filters (`role="search"`). */
  label: string;
  /** The search box's label. */
  searchLabel: string;
  /** The search box's placeholder; by default "with or without diacritics". */
  searchPlaceholder?: string;
  /** The labels of the date range's two ends; no date range when absent. */
  dates?: { from: string; to: string };
  /** The list's own filters, after the shared ones. */
  children?: ReactNode;
}

/** A record list's filters: the search, the date range (each end optional) and the list's own ones. */
export function ListFilters({ label, searchLabel, searchPlaceholder, dates, children }: ListFiltersProps) {
  const { t } = useTranslation();
  const { search, from, to, set } = useListParams();
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={label}>
      <SearchFilter
        label={searchLabel}
        placeholder={searchPlaceholder ?? t('oversight.searchPlaceholder')}
        value={search}
        onSearch={(value) => set('q', value)}
      />
      {dates && (
        <>
          <TextInput
            type="date"
            label={dates.from}
            value={from ?? ''}
            max={to ?? undefined}
            onChange={(event) => set('from', event.currentTarget.value || null)}
            w={170}
          />
          <TextInput
            type="date"
            label={dates.to}
            value={to ?? ''}
            min={from ?? undefined}
            onChange={(event) => set('to', event.currentTarget.value || null)}
            w={170}
          />
        </>
      )}
      {children}
    </Group>
  );
}
