import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import { tokenStore } from './token-store';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

/**
 * Returns a function that ends the session on the server (its tokens stop working at
 * once) and forgets it here; the router then shows the sign-in page and the cache is
 * emptied. A server that cannot be reached does not keep the user signed in.
 */
export function useSignOut(): () => Promise<void> {
  const [signOut] = useMutation(SignOutMutation);
  return useCallback(async () => {
    await signOut().catch(() => undefined);
    tokenStore.clear('signedOut');
  }, [signOut]);
}
