import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { ListFilters, useListParams } from '../../components/ListFilters';
import { FilteredRecordList } from '../../components/RecordList';
import { graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { ChangeSituationStatusButton } from './ChangeSituationStatusButton';
import { EscalateSituationButton } from './EscalateSituationButton';
import { NEXT_STATUSES, SEVERITY_COLORS, SITUATION_STATUSES } from './situation-values';
import { StartResponseProgramButton } from './StartResponseProgramButton';

const ComplexSituationListQuery = graphql(`
  query ComplexSituationList($filter: ComplexSituationFilter, $after: String) {
    complexSituations(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
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
      }
    }
  }
`);

/**
 * The complex situations opened or handled by the organization or those below it, latest opened
 * first, searched and filtered by status and the day opened; each with what the viewer may do on
 * it: move it on, escalate it, start its response program.
 */
export function SituationList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { search, from, to, pick } = useListParams<'status'>();
  const status = pick('status', SITUATION_STATUSES);
  const filter = {
    organizationId,
    ...(search ? { search } : {}),
    ...(status ? { status: [status] } : {}),
    ...(from ? { openedFrom: from } : {}),
    ...(to ? { openedTo: to } : {}),
  };
  const query = useQuery(ComplexSituationListQuery, { variables: { filter } });
  return (
    <FilteredRecordList
      filters={
        <ListFilters
          label={t('situations.filtersLabel')}
          searchLabel={t('situations.search')}
          dates={{ from: t('situations.openedFrom'), to: t('situations.openedTo') }}
        >
          <ChoiceFilter
            param="status"
            label={t('situations.statusFilter')}
            placeholder={t('situations.any')}
            choices={SITUATION_STATUSES}
            labelOf={(value) => t(`situationStatus.${value}`)}
            width={200}
          />
        </ListFilters>
      }
      connection={query.data?.complexSituations}
      query={query}
      countText={(count) => t('situations.count', { count })}
      emptyText={t('situations.empty')}
      label={t('situations.listLabel')}
    >
      {(s) => (
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
      )}
    </FilteredRecordList>
  );
}
