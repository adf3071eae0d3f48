import { useTranslation } from 'react-i18next';
import { EntryTimeline } from '../../components/EntryTimeline';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatDateTime } from '../../i18n/format-date';
import { HealthBadge } from './HealthBadge';

const ProgramUpdatesFragment = graphql(`
  fragment ProgramUpdates on CoordinationProgram {
    updates(first: 10) {
      edges {
        node {
          id
          body
          health
          createdAt
          organization {
            id
            name
          }
          author {
            id
            fullName
          }
        }
      }
    }
  }
`);

/** Health updates, newest first. */
export function ProgramUpdates(props: { program: FragmentType<typeof ProgramUpdatesFragment> }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { updates } = getFragmentData(ProgramUpdatesFragment, props.program);
  return (
    <EntryTimeline
      title={t('programs.updates')}
      emptyText={t('programs.noUpdates')}
      entries={updates.edges.map(({ node }) => ({
        ...node,
        text: node.body,
        when: formatDateTime(node.createdAt),
        headline: <HealthBadge health={node.health} />,
      }))}
    />
  );
}
