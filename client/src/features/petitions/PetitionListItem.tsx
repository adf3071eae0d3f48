import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { PetitionBadges } from './PetitionBadges';

const PetitionListItemFragment = graphql(`
  fragment PetitionListItem on Petition {
    id
    subject
    kind
    status
    overdue
    isRepeat
    receivedOn
    dueOn
    area {
      id
      name
    }
    receivedBy {
      id
      name
    }
  }
`);

/** What a parent spreads (`...PetitionListItem`) to render a petition with `PetitionListItem`. */
export type PetitionListItemData = FragmentType<typeof PetitionListItemFragment>;

/** One petition in a list: its subject (a link to it), kind, status, overdue, repeat, dates and area. */
export function PetitionListItem(props: { petition: PetitionListItemData }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const petition = getFragmentData(PetitionListItemFragment, props.petition);
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={paths.petition(petition.id)} fw={500}>
        {petition.subject}
      </Anchor>
      <PetitionBadges {...petition} />
      <Text size="sm" c="dimmed">
        {[
          t('petitions.receivedOnIs', { date: formatDate(petition.receivedOn) }),
          petition.dueOn && t('petitions.dueOnIs', { date: formatDate(petition.dueOn) }),
          petition.area.name,
          t('petitions.receivedByIs', { name: petition.receivedBy.name }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Stack>
  );
}
