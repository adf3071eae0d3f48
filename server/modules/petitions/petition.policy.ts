import { Role, type ViewerAccess } from '../../core/access.js';
import { anyone, definePolicy } from '../../core/policy.js';
import { PetitionKind } from './petition.entity.js';

/** An organization with its parent in the chain of command (for "a user of this organization"). */
export interface OrganizationPlace {
  id: string;
  parentId: string | null;
}

/** What the petition policy needs to know about a petition. */
export interface PetitionAccessView {
  id: string;
  kind: PetitionKind;
  /** The organization handling it now. */
  handler: OrganizationPlace;
  /** Every organization that handled it, the receiver first (the chain of handlers). */
  handlerIds: string[];
  /** For a denunciation: the organization it is about. */
  concerns: OrganizationPlace | null;
}

/**
 * True when the viewer is a user OF the organization: it holds a role on it
 * that does not come down from the organization above it. A role on a
 * superior reaches the records of the organizations below, not the personal
 * data they keep (a viewer granted both ways counts as a superior's: the
 * stricter reading).
 */
export function isUserOf(access: ViewerAccess, organization: OrganizationPlace): boolean {
  if (access.roleOn(organization.id) === null) return false;
  return organization.parentId === null || access.roleOn(organization.parentId) === null;
}

/**
 * Who may read the petitioner (name, address, phone, identity number): system
 * administrators, and users of the organization handling the petition now —
 * except, for a denunciation, users of the organization it is about (Law on
 * Denunciations 2018, art. 9: the denouncer's name, address and other personal
 * information are kept secret).
 */
export function readsPetitioner(access: ViewerAccess, petition: PetitionAccessView): boolean {
  if (access.isSystemAdmin) return true;
  if (!isUserOf(access, petition.handler)) return false;
  return !(
    petition.kind === PetitionKind.DENUNCIATION &&
    petition.concerns !== null &&
    isUserOf(access, petition.concerns)
  );
}

/**
 * A petition is visible to every organization that handled it (the receiver
 * and each organization it was transferred to), to those above them in the
 * chain of command, and to system administrators; the petitioner only as
 * `readsPetitioner` says.
 * - handle (classify, start, resolve, withdraw, file, extend the time limit,
 *   spawn a follow-up task): MEMBER on the current handler (or above it);
 * - transfer: COORDINATOR on the current handler (or above it);
 * - readPetitioner: `readsPetitioner`.
 */
export const petitionPolicy = definePolicy<PetitionAccessView, 'handle' | 'transfer' | 'readPetitioner'>(
  'Petition',
  (access, petition) => access.hasAny(Role.VIEWER, petition.handlerIds),
  {
    handle: (access, petition) => access.has(Role.MEMBER, petition.handler.id),
    transfer: (access, petition) => access.has(Role.COORDINATOR, petition.handler.id),
    readPetitioner: readsPetitioner,
  },
);

/** Receiving a petition for an organization: MEMBER on it (its reception staff), or above it. */
export const petitionOrganizationPolicy = definePolicy<{ id: string }, 'receivePetition'>(
  'Organization',
  anyone,
  { receivePetition: (access, organization) => access.has(Role.MEMBER, organization.id) },
);

/**
 * SQL condition (alias `p` = petition) for petitions the viewer may read,
 * given `reach` (`ViewerAccess.reach`; its parameters go in once).
 */
export const PETITION_VISIBLE_SQL = (p: string, reach: string): string =>
  `exists (select 1 from petition_handler ph where ph.petition_id = ${p}.id and ph.organization_id = any(array${reach}))`;
