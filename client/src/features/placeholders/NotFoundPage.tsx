import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PageTitle } from '../../components/PageTitle';

/** Shown for an address that matches no route. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <Text mb="md">{t('notFound.body')}</Text>
      <Button component={Link} to={paths.home} variant="light">
        {t('notFound.home')}
      </Button>
    </>
  );
}
