import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';

const PetitionHandlersFragment = graphql(`
  fragment PetitionHandlers on Petition {
    id
    closedOn
    handlers {
      startedOn
      endedOn
      note
      organization {
        id
        name
      }
    }
  }
`);

/**
 * The chain of handlers, the receiver first: who handled the petition when (the last one "since"
 * while it is open), and each transfer note.
 */
export function PetitionHandlers(props: { petition: FragmentType<typeof PetitionHandlersFragment> }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { handlers, closedOn } = getFragmentData(PetitionHandlersFragment, props.petition);
  const title = t('petitions.handlers');
  return (
    <SectionCard title={title}>
      <Timeline bulletSize={16} lineWidth={2} active={handlers.length - 1} role="list" aria-label={title}>
        {handlers.map((handler) => (
          <Timeline.Item
            role="listitem"
            key={`${handler.organization.id}-${handler.startedOn}`}
            title={handler.organization.name}
          >
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {handler.endedOn
                  ? t('petitions.handledFromTo', {
                      from: formatDate(handler.startedOn),
                      to: formatDate(handler.endedOn),
                    })
                  : t(closedOn ? 'petitions.handledFrom' : 'petitions.handlingSince', {
                      from: formatDate(handler.startedOn),
                    })}
              </Text>
              {handler.note && <Text size="sm">{handler.note}</Text>}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </SectionCard>
  );
}
