import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '../app/paths';
import { useSession } from './use-session';

/** Where the sign-in page sends the user back to (kept in the router's location state). */
export interface SignInRedirectState {
  from?: string;
}

/** Renders the child routes for a signed-in user; sends anyone else to the sign-in page. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const state: SignInRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to={paths.signIn} replace state={state} />;
  }
  return <Outlet />;
}
