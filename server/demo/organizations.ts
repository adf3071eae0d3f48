import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '../core/text.js';
import {
  Organization,
  OrganizationKind,
  OrganizationStatus,
} from '../modules/organizations/organization.entity.js';
import { readDemoData } from './data.js';

/** Codes of the demo organizations, for tests and later demo data (programs, meetings…). */
export const DEMO_ORG = {
  provincialCommittee: 'LS-TU',
  standingCommittee: 'LS-BTV',
  massMobilization: 'LS-BDV',
  peoplesCouncil: 'LS-HDND',
  peoplesCommittee: 'LS-UBND',
  fatherlandFront: 'LS-MTTQ',
  youthUnion: 'LS-TD',
  womensUnion: 'LS-HPN',
  farmersAssociation: 'LS-HND',
  veteransAssociation: 'LS-HCCB',
  tradeUnion: 'LS-LDLD',
  militaryCommand: 'LS-BCHQS',
  division3: 'SD3',
  regiment141: 'SD3-TD141',
  homeAffairs: 'LS-SNV',
  ethnicReligious: 'LS-SDTTG',
  huuLungPartyCommittee: 'LS-XHL-DU',
  huuLungPeoplesCommittee: 'LS-XHL-UBND',
  huuLungFront: 'LS-XHL-MTTQ',
  huuLungFarmers: 'LS-XHL-HND',
  huuLungInspection: 'LS-XHL-TTND',
  vanQuanPartyCommittee: 'LS-XVQ-DU',
  vanQuanPeoplesCommittee: 'LS-XVQ-UBND',
  vanQuanFront: 'LS-XVQ-MTTQ',
  vanQuanFarmers: 'LS-XVQ-HND',
  vanQuanInspection: 'LS-XVQ-TTND',
  oldHuuLungDistrictCommittee: 'LS-HL-HU',
  oldVanQuanDistrictCommittee: 'LS-VQ-HU',
  oldHuuLungMassMobilization: 'LS-HL-BDV',
} as const;

/** The day the two-tier communes began (the 2025 reorganization): their bodies' `startedOn`. */
export const TWO_TIER_COMMUNES_START = '2025-07-01';

/** A demo organization as plain data (codes instead of references). */
export interface DemoOrganizationSpec {
  code: string;
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  areaCode: string;
  /** Code of the organization above it in its chain of command. */
  parentCode: string | null;
  status?: OrganizationStatus;
  successorCode?: string;
  /** The two-tier communes began on 2025-07-01 (so shares "of the communes then" count the old ones). */
  startedOn?: string;
  endedOn?: string;
}

/**
 * Every demo organization (server/demo/data/organizations.json), parents listed before their children:
 * the province-level bodies of Lạng Sơn (seed 000) and the army units working there, the bodies of two
 * post-2025 communes (chains of command up to their province counterparts), and the pre-2025 district
 * bodies the seeds mention, merged into or dissolved by the 2025 reform.
 */
export const DEMO_ORGANIZATIONS: readonly DemoOrganizationSpec[] = readDemoData('organizations');

/**
 * Inserts the demo organizations in one bulk statement (each at version 1, as if just
 * created) on the areas `areaIds` (code → ID). Returns their IDs by code.
 */
export async function insertDemoOrganizations(
  em: EntityManager,
  areaIds: Map<string, string>,
): Promise<Map<string, string>> {
  const now = new Date();
  const ids = new Map(DEMO_ORGANIZATIONS.map((spec) => [spec.code, randomUUID()]));
  const id = (code: string) => {
    const found = ids.get(code);
    if (!found) throw new Error(`demo organization ${code} is not defined`);
    return found;
  };
  const rows = DEMO_ORGANIZATIONS.map((spec) => {
    const area = areaIds.get(spec.areaCode);
    if (!area) throw new Error(`demo organization ${spec.code}: unknown area ${spec.areaCode}`);
    return {
      id: id(spec.code),
      code: spec.code,
      name: spec.name,
      shortName: spec.shortName,
      searchKey: foldForSearch(`${spec.name} ${spec.shortName ?? ''}`),
      kind: spec.kind,
      area,
      parent: spec.parentCode ? id(spec.parentCode) : null,
      status: spec.status ?? OrganizationStatus.ACTIVE,
      successor: spec.successorCode ? id(spec.successorCode) : null,
      startedOn: spec.startedOn ?? null,
      endedOn: spec.endedOn ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  });
  await em.insertMany(Organization, rows);
  return ids;
}
