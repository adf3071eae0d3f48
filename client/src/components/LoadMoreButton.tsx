import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of `LoadMoreButton`. */
export interface LoadMoreButtonProps {
  /** Fetches the next page. */
  onLoadMore: () => Promise<unknown>;
}

/** "Show more" under a paginated list; shows its own loading state. */
export function LoadMoreButton({ onLoadMore }: LoadMoreButtonProps) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const load = () => {
    setLoading(true);
    onLoadMore().finally(() => setLoading(false));
  };
  return (
    <Button variant="subtle" size="xs" onClick={load} loading={loading}>
      {t('common.loadMore')}
    </Button>
  );
}
