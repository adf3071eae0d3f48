import { useTranslation } from 'react-i18next';
import { EntryTimeline } from '../../components/EntryTimeline';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatDateTime } from '../../i18n/format-date';

const TaskFollowUpsFragment = graphql(`
  fragment TaskFollowUps on Task {
    followUps {
      id
      message
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
`);

/** Follow-ups ("đôn đốc"), newest first. */
export function TaskFollowUps(props: { task: FragmentType<typeof TaskFollowUpsFragment> }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { followUps } = getFragmentData(TaskFollowUpsFragment, props.task);
  return (
    <EntryTimeline
      title={t('tasks.followUps')}
      emptyText={t('tasks.noFollowUps')}
      entries={followUps.map((f) => ({ ...f, text: f.message, when: formatDateTime(f.createdAt) }))}
    />
  );
}
