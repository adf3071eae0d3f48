import { graphql } from '../../gql';

/** What every petition change returns: the fields its page shows, refreshed in the cache. */
export const PetitionChangedFragment = graphql(`
  fragment PetitionChanged on Petition {
    id
    version
    status
    ...PetitionActions
    ...PetitionFacts
    ...PetitionHandlers
    ...PetitionerCard
    ...PetitionFollowUpTasks
  }
`);

export const ClassifyPetitionMutation = graphql(`
  mutation ClassifyPetition($input: ClassifyPetitionInput!) {
    classifyPetition(input: $input) {
      petition {
        ...PetitionChanged
      }
    }
  }
`);

export const StartHandlingPetitionMutation = graphql(`
  mutation StartHandlingPetition($input: PetitionStepInput!) {
    startHandlingPetition(input: $input) {
      petition {
        ...PetitionChanged
      }
    }
  }
`);

export const ExtendPetitionDeadlineMutation = graphql(`
  mutation ExtendPetitionDeadline($input: PetitionStepInput!) {
    extendPetitionDeadline(input: $input) {
      petition {
        ...PetitionChanged
      }
    }
  }
`);

export const ResolvePetitionMutation = graphql(`
  mutation ResolvePetition($input: ResolvePetitionInput!) {
    resolvePetition(input: $input) {
      petition {
        ...PetitionChanged
      }
    }
  }
`);

export const TransferPetitionMutation = graphql(`
  mutation TransferPetition($input: TransferPetitionInput!) {
    transferPetition(input: $input) {
      petition {
        ...PetitionChanged
      }
    }
  }
`);

export const WithdrawPetitionMutation = graphql(`
  mutation WithdrawPetition($input: ClosePetitionInput!) {
    withdrawPetition(input: $input) {
      petition {
        ...PetitionChanged
      }
    }
  }
`);

export const FilePetitionNoActionMutation = graphql(`
  mutation FilePetitionNoAction($input: ClosePetitionInput!) {
    filePetitionNoAction(input: $input) {
      petition {
        ...PetitionChanged
      }
    }
  }
`);
