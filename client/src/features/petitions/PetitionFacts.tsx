import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { type Fact, FactsTable } from '../../components/FactsTable';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { PetitionBadges } from './PetitionBadges';

const PetitionFactsFragment = graphql(`
  fragment PetitionFacts on Petition {
    id
    kind
    status
    channel
    overdue
    isRepeat
    complex
    summary
    receivedOn
    acceptedOn
    dueOn
    extensions
    closedOn
    closingReason
    outcome
    withinJurisdiction
    area {
      id
      name
    }
    receivedBy {
      id
      name
    }
    handler {
      id
      name
    }
    concernsOrganization {
      id
      name
    }
    repeatOf {
      id
      subject
    }
    receptionMeeting {
      id
      title
    }
  }
`);

/** The facts of a petition: status, kind, channel, dates and time limit, jurisdiction, outcome. */
export function PetitionFacts(props: { petition: FragmentType<typeof PetitionFactsFragment> }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const p = getFragmentData(PetitionFactsFragment, props.petition);
  const rows: Fact[] = [
    [t('petitions.channel'), t(`petitionChannel.${p.channel}`)],
    [t('petitions.receivedOn'), formatDate(p.receivedOn)],
    [t('petitions.receivedBy'), p.receivedBy.name],
    [t('petitions.handler'), p.handler.name],
    [t('petitions.area'), p.area.name],
  ];
  if (p.receptionMeeting) {
    rows.push([
      t('petitions.receptionMeeting'),
      <Anchor component={Link} to={paths.meeting(p.receptionMeeting.id)} key="reception">
        {p.receptionMeeting.title}
      </Anchor>,
    ]);
  }
  if (p.concernsOrganization) rows.push([t('petitions.concerns'), p.concernsOrganization.name]);
  if (p.withinJurisdiction !== null && p.withinJurisdiction !== undefined) {
    rows.push([
      t('petitions.jurisdiction'),
      t(p.withinJurisdiction ? 'petitions.withinJurisdiction' : 'petitions.outsideJurisdiction'),
    ]);
  }
  if (p.complex) rows.push([t('petitions.complex'), t('petitions.complexYes')]);
  if (p.acceptedOn) rows.push([t('petitions.acceptedOn'), formatDate(p.acceptedOn)]);
  if (p.dueOn) {
    const extended = p.extensions > 0 ? ` ${t('petitions.extendedTimes', { count: p.extensions })}` : '';
    rows.push([t('petitions.dueOn'), `${formatDate(p.dueOn)}${extended}`]);
  }
  if (p.closedOn) rows.push([t('petitions.closedOn'), formatDate(p.closedOn)]);
  if (p.outcome) rows.push([t('petitions.outcome'), p.outcome]);
  if (p.closingReason) rows.push([t('petitions.closingReason'), p.closingReason]);
  if (p.repeatOf) {
    rows.push([
      t('petitions.repeatOf'),
      <Anchor component={Link} to={paths.petition(p.repeatOf.id)} key="repeat">
        {p.repeatOf.subject}
      </Anchor>,
    ]);
  }
  return (
    <SectionCard title={t('petitions.facts')}>
      <Stack gap="sm">
        <PetitionBadges {...p} />
        {p.summary && <Text size="sm">{p.summary}</Text>}
        <FactsTable label={t('petitions.facts')} facts={rows} />
      </Stack>
    </SectionCard>
  );
}
