import { useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
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

/** "Dự" / "Không dự": answers an invitation the viewer holds. */
export function RespondToInvitation({
  invitationId,
  current,
}: {
  invitationId: string;
  current: InvitationResponse;
}) {
  const { t } = useTranslation();
  const [respond, { loading, error }] = useMutation(RespondToInvitationMutation);
  const answer = (response: 'ACCEPTED' | 'DECLINED') =>
    void respond({ variables: { input: { invitationId, response } } }).catch(() => null);
  return (
    <Group gap={4} wrap="wrap">
      <Button
        size="xs"
        color="green"
        variant={current === 'ACCEPTED' ? 'filled' : 'light'}
        loading={loading}
        onClick={() => answer('ACCEPTED')}
      >
        {t('meeting.accept')}
      </Button>
      <Button
        size="xs"
        color="gray"
        variant={current === 'DECLINED' ? 'filled' : 'light'}
        loading={loading}
        onClick={() => answer('DECLINED')}
      >
        {t('meeting.decline')}
      </Button>
      {error && (
        <Text size="xs" c="red" role="alert">
          {t(`errors.${describeError(error).code}`)}
        </Text>
      )}
    </Group>
  );
}
