import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';

const ProgramHeadFragment = graphql(`
  fragment ProgramHead on CoordinationProgram {
    code
    kind
    status
    statusReason
    startsOn
    endsOn
  }
`);

/** A program's code, kind, status (and why) and period, under its title. */
export function ProgramHead(props: { program: FragmentType<typeof ProgramHeadFragment> }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const program = getFragmentData(ProgramHeadFragment, props.program);
  const period = [program.startsOn, program.endsOn]
    .flatMap((date) => (date ? [formatDate(date)] : []))
    .join(' – ');
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge variant="outline" color="gray" tt="none">
          {program.code}
        </Badge>
        <Badge variant="light" tt="none">
          {t(`programKind.${program.kind}`)}
        </Badge>
        <Badge variant="light" tt="none" color={program.status === 'ACTIVE' ? 'green' : 'gray'}>
          {t(`programStatus.${program.status}`)}
        </Badge>
        {period && (
          <Text size="sm" c="dimmed">
            {period}
          </Text>
        )}
      </Group>
      {program.statusReason && <Text size="sm">{program.statusReason}</Text>}
    </Stack>
  );
}
