import { Group, RingProgress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const OnTimeRateFragment = graphql(`
  fragment OnTimeRate on TaskStats {
    total
    overdue
    openWithinDeadline
    doneOnTime
    doneLate
    onTimeCompletionRate
  }
`);

/** The on-time completion rate of an organization's tasks and the counts per bucket. */
export function OnTimeRateCard(props: { stats: FragmentType<typeof OnTimeRateFragment> }) {
  const { t } = useTranslation();
  const stats = getFragmentData(OnTimeRateFragment, props.stats);
  const rate =
    stats.onTimeCompletionRate === null || stats.onTimeCompletionRate === undefined
      ? null
      : Math.round(stats.onTimeCompletionRate * 100);
  return (
    <SectionCard title={t('dashboard.onTimeRate')}>
      <Group wrap="nowrap">
        <RingProgress
          size={110}
          thickness={10}
          sections={
            rate === null
              ? []
              : [{ value: rate, color: rate >= 80 ? 'green' : rate >= 50 ? 'yellow' : 'red' }]
          }
          label={
            <Text ta="center" fw={700} size="lg" data-testid="on-time-rate">
              {rate === null ? '—' : `${rate}%`}
            </Text>
          }
          aria-label={rate === null ? t('dashboard.noRate') : t('dashboard.rateLabel', { rate })}
        />
        <Stack gap={2}>
          <Text size="sm">{t('dashboard.stats.total', { count: stats.total })}</Text>
          <Text size="sm" c="red">
            {t('dashboard.stats.overdue', { count: stats.overdue })}
          </Text>
          <Text size="sm">{t('dashboard.stats.open', { count: stats.openWithinDeadline })}</Text>
          <Text size="sm">
            {t('dashboard.stats.done', { onTime: stats.doneOnTime, late: stats.doneLate })}
          </Text>
          {rate === null && (
            <Text size="xs" c="dimmed">
              {t('dashboard.noRate')}
            </Text>
          )}
        </Stack>
      </Group>
    </SectionCard>
  );
}
