import { useMutation } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import { TextModalButton, type TextModalTexts } from '../../components/forms/TextModalButton';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { ClassifyPetitionButton } from './ClassifyPetitionButton';
import { FollowUpTaskButton } from './FollowUpTaskButton';
import {
  ExtendPetitionDeadlineMutation,
  FilePetitionNoActionMutation,
  StartHandlingPetitionMutation,
  WithdrawPetitionMutation,
} from './petition-mutations';
import { ResolvePetitionButton } from './ResolvePetitionButton';
import { TransferPetitionButton } from './TransferPetitionButton';

const PetitionActionsFragment = graphql(`
  fragment PetitionActions on Petition {
    id
    version
    kind
    status
    receivedOn
    subject
    dueOn
    extensions
    withinJurisdiction
    handler {
      id
    }
    viewerCan {
      handle
      transfer
    }
  }
`);

const REFETCH = { refetchQueries: ['OrganizationPetitionList'] };
const WITHDRAW: TextModalTexts = {
  label: 'petitionActions.withdraw',
  field: 'petitionActions.withdrawReason',
  required: 'petitionActions.reasonRequired',
};
const FILE: TextModalTexts = {
  label: 'petitionActions.file',
  field: 'petitionActions.fileReason',
  required: 'petitionActions.reasonRequired',
};

/**
 * The lifecycle actions the viewer may take on the petition now (`viewerCan` and its status):
 * classify, start, extend the time limit, resolve, transfer, withdraw, file with no action.
 */
export function PetitionActions(props: { petition: FragmentType<typeof PetitionActionsFragment> }) {
  const { t } = useTranslation();
  const p = getFragmentData(PetitionActionsFragment, props.petition);
  const step = { petitionId: p.id, expectedVersion: p.version };
  const [start] = useMutation(StartHandlingPetitionMutation, REFETCH);
  const [extend] = useMutation(ExtendPetitionDeadlineMutation);
  const [withdraw] = useMutation(WithdrawPetitionMutation, REFETCH);
  const [file] = useMutation(FilePetitionNoActionMutation, REFETCH);
  const unclassified = p.status === 'RECEIVED' || p.status === 'TRANSFERRED';
  const open = unclassified || p.status === 'CLASSIFIED' || p.status === 'IN_PROGRESS';
  const { handle, transfer } = p.viewerCan;
  if (!open || (!handle && !transfer)) return null;
  return (
    <Group gap="xs">
      {handle && unclassified && <ClassifyPetitionButton petition={step} receivedOn={p.receivedOn} />}
      {handle && p.status === 'CLASSIFIED' && p.withinJurisdiction && (
        <ConfirmButton
          label={t('petitionActions.start')}
          question={t('petitionActions.startQuestion')}
          onConfirm={() => start({ variables: { input: step } })}
        />
      )}
      {handle && p.status === 'IN_PROGRESS' && (
        <ResolvePetitionButton petition={step} receivedOn={p.receivedOn} />
      )}
      {handle && p.kind === 'DENUNCIATION' && p.dueOn && p.extensions === 0 && (
        <ConfirmButton
          label={t('petitionActions.extend')}
          question={t('petitionActions.extendQuestion')}
          variant="light"
          onConfirm={() => extend({ variables: { input: step } })}
        />
      )}
      {handle && <FollowUpTaskButton petitionId={p.id} subject={p.subject} />}
      {transfer && <TransferPetitionButton petition={step} handlerId={p.handler.id} />}
      {handle && (
        <TextModalButton
          texts={WITHDRAW}
          variant="default"
          submit={(reason) => withdraw({ variables: { input: { ...step, reason } } })}
        />
      )}
      {handle && p.status !== 'IN_PROGRESS' && (
        <TextModalButton
          texts={FILE}
          color="gray"
          variant="default"
          submit={(reason) => file({ variables: { input: { ...step, reason } } })}
        />
      )}
    </Group>
  );
}
