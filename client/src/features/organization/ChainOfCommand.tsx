import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { KindBadge } from '../../components/KindBadge';
import { OrganizationLink } from '../../components/OrganizationLink';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const ChainOfCommandFragment = graphql(`
  fragment ChainOfCommand on Organization {
    id
    name
    kind
    ancestors {
      id
      name
      kind
    }
  }
`);

/** The chain of command above the organization, from the top down to it. */
export function ChainOfCommand(props: { organization: FragmentType<typeof ChainOfCommandFragment> }) {
  const { t } = useTranslation();
  const organization = getFragmentData(ChainOfCommandFragment, props.organization);
  const topDown = organization.ancestors.toReversed();
  return (
    <SectionCard title={t('organization.chainOfCommand')} intro={t('organization.chainIntro')}>
      {topDown.length === 0 ? (
        <EmptyNote>{t('organization.topOfChain')}</EmptyNote>
      ) : (
        <Timeline active={topDown.length} bulletSize={14} lineWidth={2}>
          {topDown.map((ancestor) => (
            <Timeline.Item key={ancestor.id} title={<OrganizationLink organization={ancestor} />}>
              <KindBadge kind={ancestor.kind} />
            </Timeline.Item>
          ))}
          <Timeline.Item title={<Text fw={700}>{organization.name}</Text>}>
            <KindBadge kind={organization.kind} />
          </Timeline.Item>
        </Timeline>
      )}
    </SectionCard>
  );
}
