import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { HealthBadge } from './HealthBadge';

const ProgramListItemFragment = graphql(`
  fragment ProgramListItem on CoordinationProgram {
    id
    code
    title
    kind
    status
    startsOn
    endsOn
    leadOrganization {
      id
      name
    }
    latestUpdate {
      id
      health
    }
  }
`);

/** What a parent spreads (`...ProgramListItem`). */
export type ProgramListItemData = FragmentType<typeof ProgramListItemFragment>;

/** One program in the list: code, title (a link), kind, status, lead, period, health. */
export function ProgramListItem(props: { program: ProgramListItemData }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const p = getFragmentData(ProgramListItemFragment, props.program);
  const period = [p.startsOn && formatDate(p.startsOn), p.endsOn && formatDate(p.endsOn)]
    .filter(Boolean)
    .join(' – ');
  return (
    <>
      <Anchor component={Link} to={paths.program(p.id)} fw={500}>
        {p.title}
      </Anchor>
      <Group gap="xs">
        <Badge variant="outline" tt="none" color="gray">
          {p.code}
        </Badge>
        <Badge variant="light" tt="none">
          {t(`programKind.${p.kind}`)}
        </Badge>
        <Badge variant="light" tt="none" color={p.status === 'ACTIVE' ? 'green' : 'gray'}>
          {t(`programStatus.${p.status}`)}
        </Badge>
        {p.latestUpdate && <HealthBadge health={p.latestUpdate.health} />}
      </Group>
      <Text size="sm" c="dimmed">
        {[p.leadOrganization && t('programs.leadIs', { name: p.leadOrganization.name }), period]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </>
  );
}
