import { useTranslation } from 'react-i18next';
import { EntryTimeline } from '../../components/EntryTimeline';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
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
          organization { ...EntryOrganization }
          author { ...EntryAuthor }
        }
      }
    }
  }
`);

/** Health updates, newest first. */
export function ProgramUpdates(props: { program: FragmentType<typeof ProgramUpdatesFragment> }) {
  const { t } = useTranslation();
  const { updates } = getFragmentData(ProgramUpdatesFragment, props.program);
  const entries = updates.edges.map(({ node }) => ({
    ...node,
    text: node.body,
    headline: <HealthBadge health={node.health} />,
  }));
  return (
    <EntryTimeline title={t('programs.updates')} emptyText={t('programs.noUpdates')} entries={entries} />
  );
}
