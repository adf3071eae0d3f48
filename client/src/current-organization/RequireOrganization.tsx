import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../components/EmptyNote';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingState } from '../components/LoadingState';
import { OrganizationSwitcher } from './OrganizationSwitcher';
import { useCurrentOrganization, type ViewerOrganization } from './use-current-organization';

/**
 * Renders `children` for the viewer's current organization, with the switcher above it;
 * loading, error and "no organization" states otherwise.
 */
export function RequireOrganization({
  children,
}: {
  children: (organization: ViewerOrganization) => ReactNode;
}) {
  const { t } = useTranslation();
  const { organizations, current, setCurrent, loading, error, refetch } = useCurrentOrganization();
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading) return <LoadingState />;
  if (!current) return <EmptyNote>{t('dashboard.noOrganization')}</EmptyNote>;
  return (
    <>
      <OrganizationSwitcher organizations={organizations} current={current} onChange={setCurrent} />
      {children(current)}
    </>
  );
}
