import { Card, Grid, ScrollArea, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { PageTitle } from '../../components/PageTitle';
import { AreaTree } from './AreaTree';
import { DirectorySearchBox } from './DirectorySearchBox';
import { OrganizationSearchResults } from './OrganizationSearchResults';
import { SelectedAreaChip } from './SelectedAreaChip';
import { useDirectoryParams } from './use-directory-params';

/** The directory: search organizations by name and/or browse by administrative area. */
export default function DirectoryPage() {
  const { t } = useTranslation();
  const { search, areaId, setSearch, setAreaId } = useDirectoryParams();
  return (
    <>
      <PageTitle title={t('directory.title')} intro={t('directory.intro')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 1, md: 2 }}>
          <Stack>
            <DirectorySearchBox initialValue={search} onSearch={setSearch} />
            {areaId && <SelectedAreaChip areaId={areaId} onClear={() => setAreaId(null)} />}
            {search || areaId ? (
              <OrganizationSearchResults search={search} areaId={areaId} />
            ) : (
              <EmptyNote>{t('directory.startHint')}</EmptyNote>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 2, md: 1 }}>
          <Card withBorder padding="sm" component="section" aria-labelledby="areas-title">
            <Title order={2} size="h5" mb="xs" id="areas-title">
              {t('directory.areasTitle')}
            </Title>
            <ScrollArea.Autosize mah={{ base: 320, md: 'calc(100dvh - 220px)' }} type="auto">
              <AreaTree selectedId={areaId} onSelect={(area) => setAreaId(area.id)} />
            </ScrollArea.Autosize>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
