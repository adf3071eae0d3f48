import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FactsTable } from '../../components/FactsTable';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const PetitionerCardFragment = graphql(`
  fragment PetitionerCard on Petition {
    id
    petitioner {
      fullName
      address
      phone
      identityNumber
    }
  }
`);

/**
 * The petitioner (personal data) when the API shows it to the viewer (users of the handling
 * organization); otherwise a note that it is hidden, with no field of it.
 */
export function PetitionerCard(props: { petition: FragmentType<typeof PetitionerCardFragment> }) {
  const { t } = useTranslation();
  const { petitioner } = getFragmentData(PetitionerCardFragment, props.petition);
  if (!petitioner) {
    return (
      <SectionCard title={t('petitioner.title')}>
        <Text size="sm" c="dimmed">
          {t('petitioner.hidden')}
        </Text>
      </SectionCard>
    );
  }
  const rows = (
    [
      [t('petitioner.fullName'), petitioner.fullName],
      [t('petitioner.address'), petitioner.address],
      [t('petitioner.phone'), petitioner.phone],
      [t('petitioner.identityNumber'), petitioner.identityNumber],
    ] as const
  ).filter(([, value]) => value);
  return (
    <SectionCard title={t('petitioner.title')}>
      <FactsTable label={t('petitioner.title')} facts={rows} />
    </SectionCard>
  );
}
