import { Stack, Text, Timeline } from '@mantine/core';
import type { ReactNode } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { useFormatDateTime, useFormatLocalDate } from '../i18n/format-date';
import { EmptyNote } from './EmptyNote';
import { SectionCard } from './SectionCard';

const EntryOrganizationFragment = graphql(`
  fragment EntryOrganization on Organization {
    id
    name
  }
`);

const EntryAuthorFragment = graphql(`
  fragment EntryAuthor on Person {
    id
    fullName
  }
`);

/** An entry posted on behalf of an organization (an update, a report, a follow-up). */
export interface PostedEntry {
  id: string;
  /** What was written. */
  text: string;
  /** When: an instant (`createdAt`) or a day (`on`). */
  createdAt?: string;
  on?: string;
  /** Selected with `...EntryOrganization` and `...EntryAuthor`. */
  organization: FragmentType<typeof EntryOrganizationFragment>;
  author?: FragmentType<typeof EntryAuthorFragment> | null;
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
  const formatDateTime = useFormatDateTime();
  const formatDate = useFormatLocalDate();
  const bylineOf = (entry: PostedEntry) =>
    [
      entry.createdAt ? formatDateTime(entry.createdAt) : entry.on && formatDate(entry.on),
      getFragmentData(EntryOrganizationFragment, entry.organization).name,
      getFragmentData(EntryAuthorFragment, entry.author)?.fullName,
    ]
      .filter(Boolean)
      .join(' · ');
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
                  {bylineOf(entry)}
                </Text>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </SectionCard>
  );
}
