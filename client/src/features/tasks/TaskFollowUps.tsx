import { useTranslation } from 'react-i18next';
import { EntryTimeline } from '../../components/EntryTimeline';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const TaskFollowUpsFragment = graphql(`
  fragment TaskFollowUps on Task {
    followUps {
      id
      message
      createdAt
      organization { ...EntryOrganization }
      author { ...EntryAuthor }
    }
  }
`);

/** Follow-ups ("đôn đốc"), newest first. */
export function TaskFollowUps(props: { task: FragmentType<typeof TaskFollowUpsFragment> }) {
  const { t } = useTranslation();
  const { followUps } = getFragmentData(TaskFollowUpsFragment, props.task);
  const entries = followUps.map((followUp) => ({ ...followUp, text: followUp.message }));
  return <EntryTimeline title={t('tasks.followUps')} emptyText={t('tasks.noFollowUps')} entries={entries} />;
}
