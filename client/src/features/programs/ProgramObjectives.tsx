import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { RecordObjectiveValueButton, SetObjectiveButton } from './ObjectiveButtons';

const ProgramObjectivesFragment = graphql(`
  fragment ProgramObjectives on CoordinationProgram {
    id
    objectives {
      id
      key
      title
      unit
      target
      targetDate
      latestValue
      progressPercent
    }
  }
`);

/** Measurable objectives with their progress toward the target; set and recorded when `canUpdate`. */
export function ProgramObjectives(props: {
  program: FragmentType<typeof ProgramObjectivesFragment>;
  /** `viewerCan.update`. */
  canUpdate?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { id: programId, objectives } = getFragmentData(ProgramObjectivesFragment, props.program);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <SectionCard
      title={t('programs.objectives')}
      actions={props.canUpdate && <SetObjectiveButton programId={programId} />}
    >
      {objectives.length === 0 ? (
        <EmptyNote>{t('programs.noObjectives')}</EmptyNote>
      ) : (
        <Stack gap="md">
          {objectives.map((o) => {
            const percent = o.progressPercent ?? 0;
            return (
              <Stack gap={4} key={o.id}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={500}>
                    {o.title}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('programs.objectiveValue', {
                      value:
                        o.latestValue === null || o.latestValue === undefined
                          ? '—'
                          : number.format(o.latestValue),
                      target: number.format(o.target),
                      unit: o.unit,
                    })}
                    {o.targetDate ? ` · ${t('common.until', { date: formatDate(o.targetDate) })}` : ''}
                  </Text>
                </Group>
                <Progress
                  value={Math.min(percent, 100)}
                  color={percent >= 100 ? 'green' : 'blue'}
                  aria-label={t('programs.objectiveProgress', { title: o.title, percent })}
                />
                {props.canUpdate && (
                  <Group gap="xs" justify="flex-end">
                    <RecordObjectiveValueButton programId={programId} objective={o} />
                    <SetObjectiveButton
                      programId={programId}
                      objective={{ ...o, targetDate: o.targetDate ?? '' }}
                    />
                  </Group>
                )}
              </Stack>
            );
          })}
        </Stack>
      )}
    </SectionCard>
  );
}
