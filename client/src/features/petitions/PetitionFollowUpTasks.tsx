import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { RecordList } from '../../components/RecordList';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { TaskListItem } from '../tasks/TaskListItem';

const PetitionFollowUpTasksFragment = graphql(`
  fragment PetitionFollowUpTasks on Petition {
    id
    followUpTasks {
      id
      ...TaskListItem
    }
  }
`);

/** The tasks spawned to follow the petition up (those the viewer may read), oldest first. */
export function PetitionFollowUpTasks(props: {
  petition: FragmentType<typeof PetitionFollowUpTasksFragment>;
}) {
  const { t } = useTranslation();
  const { followUpTasks } = getFragmentData(PetitionFollowUpTasksFragment, props.petition);
  const title = t('petitions.followUpTasks');
  return (
    <SectionCard title={title}>
      {followUpTasks.length === 0 ? (
        <EmptyNote>{t('petitions.noFollowUpTask')}</EmptyNote>
      ) : (
        <RecordList records={followUpTasks} label={title}>
          {(task) => <TaskListItem task={task} />}
        </RecordList>
      )}
    </SectionCard>
  );
}
