import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/describe-error';
import { graphql } from '../../gql';
import type { InvitationResponse } from '../../gql/graphql';

const RespondToInvitationMutation = graphql(`
  mutation RespondToInvitation($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) {
      invitation {
        id
        response
        respondedAt
        responseNote
      }
    }
  }
`);

/** "Dự" / "Không dự": answers an invitation the viewer holds; `grow`: the buttons share the width (a phone). */
export function RespondToInvitation({
  invitationId,
  current,
  grow = false,
}: {
  invitationId: string;
  current: InvitationResponse;
  grow?: boolean;
}) {
  const { t } = useTranslation();
  const [respond, { loading, error }] = useMutation(RespondToInvitationMutation);
  const answer = (response: 'ACCEPTED' | 'DECLINED') =>
    void respond({ variables: { input: { invitationId, response } } }).catch(() => null);
  return (
    <Stack gap={2} style={grow ? { flex: '1 1 12rem' } : undefined}>
      <Group gap={4} wrap="wrap" grow={grow}>
        <Button
          size={grow ? 'sm' : 'xs'}
          color="green"
          variant={current === 'ACCEPTED' ? 'filled' : 'light'}
          loading={loading}
          onClick={() => answer('ACCEPTED')}
        >
          {t('meeting.accept')}
        </Button>
        <Button
          size={grow ? 'sm' : 'xs'}
          color="gray"
          variant={current === 'DECLINED' ? 'filled' : 'light'}
          loading={loading}
          onClick={() => answer('DECLINED')}
        >
          {t('meeting.decline')}
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {t(`errors.${describeError(error).code}`)}
        </Text>
      )}
    </Stack>
  );
}
