import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';

const OrganizationPositionsFragment = graphql(`
  fragment OrganizationPositions on Organization {
    positions(current: true) {
      id
      title
      isHead
      startsOn
      person {
        id
        fullName
      }
    }
  }
`);

/** The positions running today, heads first (the server's order), with the people holding them. */
export function OrganizationPositions(props: {
  organization: FragmentType<typeof OrganizationPositionsFragment>;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { positions } = getFragmentData(OrganizationPositionsFragment, props.organization);
  return (
    <SectionCard title={t('organization.positions')} titleId="positions-title">
      {positions.length === 0 ? (
        <EmptyNote>{t('organization.noPositions')}</EmptyNote>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped highlightOnHover aria-labelledby="positions-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organization.person')}</Table.Th>
                <Table.Th scope="col">{t('organization.title')}</Table.Th>
                <Table.Th scope="col">{t('organization.startsOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {positions.map((position) => (
                <Table.Tr key={position.id}>
                  <Table.Td>{position.person.fullName}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {position.title}
                      {position.isHead && (
                        <Badge size="xs" variant="light" tt="none">
                          {t('organization.headBadge')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDate(position.startsOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
