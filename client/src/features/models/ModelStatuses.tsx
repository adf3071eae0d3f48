import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { ModelStatusBadge } from './ModelStatusBadge';

const ModelStatusesFragment = graphql(`
  fragment ModelStatuses on MassMobilizationModel {
    id
    statuses {
      year
      status
      note
      replica {
        id
        name
      }
    }
  }
`);

/** The model's status per year, latest year first, with notes and the replica of a REPLICATED year. */
export function ModelStatuses(props: { model: FragmentType<typeof ModelStatusesFragment> }) {
  const { t } = useTranslation();
  const { statuses } = getFragmentData(ModelStatusesFragment, props.model);
  const title = t('models.statuses');
  return (
    <SectionCard title={title}>
      <Table aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('modelActions.year')}</Table.Th>
            <Table.Th>{t('modelActions.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statuses.map((row) => (
            <Table.Tr key={row.year}>
              <Table.Td>{row.year}</Table.Td>
              <Table.Td>
                <ModelStatusBadge status={row.status} />
                {row.replica && (
                  <Text size="sm">
                    <Anchor component={Link} to={paths.model(row.replica.id)}>
                      {row.replica.name}
                    </Anchor>
                  </Text>
                )}
                {row.note && (
                  <Text size="sm" c="dimmed">
                    {row.note}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
