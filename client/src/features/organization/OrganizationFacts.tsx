import { Group, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KindBadge } from '../../components/KindBadge';
import { OrganizationLink } from '../../components/OrganizationLink';
import { StatusBadge } from '../../components/StatusBadge';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';

const OrganizationFactsFragment = graphql(`
  fragment OrganizationFacts on Organization {
    id
    code
    shortName
    kind
    status
    endedOn
    area {
      id
      name
      level
    }
    successor {
      id
      name
    }
  }
`);

/** The organization's record: kind, short name, code, area, status (and successor when merged). */
export function OrganizationFacts(props: { organization: FragmentType<typeof OrganizationFactsFragment> }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const organization = getFragmentData(OrganizationFactsFragment, props.organization);
  const rows: [string, ReactNode][] = [
    [t('organization.kind'), <KindBadge key="kind" kind={organization.kind} />],
    ...(organization.shortName
      ? [[t('organization.shortNameLabel'), organization.shortName] as [string, ReactNode]]
      : []),
    [t('organization.area'), `${organization.area.name} (${t(`areaLevel.${organization.area.level}`)})`],
    [t('organization.code'), organization.code],
  ];
  if (organization.status !== 'ACTIVE') {
    rows.push([
      t('organization.status'),
      <Group key="status" gap="xs">
        <StatusBadge status={organization.status} />
        {organization.endedOn && formatDate(organization.endedOn)}
      </Group>,
    ]);
  }
  if (organization.successor) {
    rows.push([
      t('organization.successor'),
      <OrganizationLink key="s" organization={organization.successor} />,
    ]);
  }
  return (
    <SectionCard title={t('organization.facts')}>
      <Table variant="vertical" layout="fixed" withRowBorders={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={130}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
