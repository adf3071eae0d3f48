import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { ChangeSituationStatusButton } from './ChangeSituationStatusButton';
import { EscalateSituationButton } from './EscalateSituationButton';
import { NEXT_STATUSES, SEVERITY_COLORS } from './situation-values';
import { StartResponseProgramButton } from './StartResponseProgramButton';

const SituationListItemFragment = graphql(`
  fragment SituationListItem on ComplexSituation {
    id
    version
    title
    category
    severity
    status
    openedOn
    resolvedOn
    area {
      id
      name
    }
    organization {
      id
      name
    }
    handlingOrganizations {
      id
      name
    }
    responseProgram {
      id
      code
      title
    }
    viewerCan {
      changeStatus
      escalate
      startResponseProgram
    }
  }
`);

/**
 * One complex situation in the list: title, severity, status, category, when opened and resolved,
 * area, handlers, response program; and what the viewer may do on it.
 */
export function SituationListItem(props: { situation: FragmentType<typeof SituationListItemFragment> }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const s = getFragmentData(SituationListItemFragment, props.situation);
  return (
    <>
      <Group justify="space-between" gap="xs">
        <Text fw={500}>{s.title}</Text>
        <Group gap="xs">
          {s.viewerCan.changeStatus && NEXT_STATUSES[s.status].length > 0 && (
            <ChangeSituationStatusButton situation={s} />
          )}
          {s.viewerCan.escalate && s.status !== 'RESOLVED' && <EscalateSituationButton situation={s} />}
          {s.viewerCan.startResponseProgram && s.status !== 'RESOLVED' && !s.responseProgram && (
            <StartResponseProgramButton situation={s} />
          )}
        </Group>
      </Group>
      <Group gap="xs">
        <Badge color={SEVERITY_COLORS[s.severity]} variant="light" tt="none">
          {t(`situationSeverity.${s.severity}`)}
        </Badge>
        <Badge variant="outline" tt="none">
          {t(`situationStatus.${s.status}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {t(`situationCategory.${s.category}`)}
        </Text>
      </Group>
      <Text size="sm" c="dimmed">
        {[
          t('situations.openedOn', { date: formatDate(s.openedOn) }),
          s.resolvedOn && t('situations.resolvedOn', { date: formatDate(s.resolvedOn) }),
          s.area.name,
          t('situations.handledBy', {
            names: s.handlingOrganizations.map((o) => o.name).join(', ') || s.organization.name,
          }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {s.responseProgram && (
        <Text size="sm">
          {t('situations.responseProgram')}{' '}
          <Anchor component={Link} to={paths.program(s.responseProgram.id)}>
            {s.responseProgram.code} — {s.responseProgram.title}
          </Anchor>
        </Text>
      )}
    </>
  );
}
