import { Stack, Text, Timeline } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyNote } from './EmptyNote';
import { SectionCard } from './SectionCard';

/** An entry posted on behalf of an organization (an update, a report, a follow-up). */
export interface PostedEntry {
  id: string;
  /** What was written. */
  text: string;
  /** When, already formatted for the reader. */
  when: string;
  organization: { name: string };
  author?: { fullName: string } | null;
  /** Its heading (e.g. its health or percentage), if entries have one. */
  headline?: ReactNode;
}

/** Props of `EntryTimeline`. */
export interface EntryTimelineProps {
  title: string;
  /** Shown when there is no entry. */
  emptyText: string;
  /** Newest first. */
  entries: readonly PostedEntry[];
}

/** A titled card listing posted entries on a timeline: each one's text, then when, for whom and by whom. */
export function EntryTimeline({ title, emptyText, entries }: EntryTimelineProps) {
  return (
    <SectionCard title={title}>
      {entries.length === 0 ? (
        <EmptyNote>{emptyText}</EmptyNote>
      ) : (
        <Timeline bulletSize={16} lineWidth={2} aria-label={title}>
          {entries.map((entry) => (
            <Timeline.Item key={entry.id} title={entry.headline}>
              <Stack gap={2}>
                <Text size="sm">{entry.text}</Text>
                <Text size="xs" c="dimmed">
                  {[entry.when, entry.organization.name, entry.author?.fullName].filter(Boolean).join(' · ')}
                </Text>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </SectionCard>
  );
}
