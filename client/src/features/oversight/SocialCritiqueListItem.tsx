import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { AnswerCritiqueButton } from './AnswerCritiqueButton';

const SocialCritiqueListItemFragment = graphql(`
  fragment SocialCritiqueListItem on SocialCritique {
    id
    version
    draftTitle
    form
    heldOn
    opinionsCount
    takenIn
    answeredOn
    organization {
      id
      name
    }
    draftingOrganization {
      id
      name
    }
    viewerCan {
      answer
    }
  }
`);

/**
 * One social critique in the list: the draft's title, its form, whether its opinions were taken in
 * or answered, when held, by and of whom, how many opinions; answering it when the viewer may.
 */
export function SocialCritiqueListItem(props: {
  critique: FragmentType<typeof SocialCritiqueListItemFragment>;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const c = getFragmentData(SocialCritiqueListItemFragment, props.critique);
  return (
    <>
      <Group justify="space-between" gap="xs">
        <Text fw={500}>{c.draftTitle}</Text>
        {c.viewerCan.answer && !c.answeredOn && <AnswerCritiqueButton critique={c} />}
      </Group>
      <Group gap="xs">
        <Badge variant="light" tt="none">
          {t(`critiqueForm.${c.form}`)}
        </Badge>
        {c.takenIn !== null && c.takenIn !== undefined && (
          <Badge color={c.takenIn ? 'green' : 'gray'} variant="light" tt="none">
            {t(c.takenIn ? 'oversight.takenIn' : 'oversight.notTakenIn')}
          </Badge>
        )}
        {!c.answeredOn && (
          <Badge color="yellow" variant="outline" tt="none">
            {t('oversight.unanswered')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {[
          formatDate(c.heldOn),
          c.organization.name,
          t('oversight.draftedBy', { name: c.draftingOrganization.name }),
          t('oversight.opinions', { count: c.opinionsCount }),
        ].join(' · ')}
      </Text>
    </>
  );
}
