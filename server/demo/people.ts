import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '../core/text.js';
import { AdministrativeArea } from '../modules/areas/area.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { Person } from '../modules/people/person.entity.js';
import { Position } from '../modules/people/position.entity.js';
import { Responsibility, WorkField } from '../modules/people/responsibility.entity.js';
import { readDemoData } from './data.js';

/** A post held in a demo organization. */
export interface DemoPositionSpec {
  organizationCode: string;
  title: string;
  isHead: boolean;
  startsOn: string;
  endsOn: string | null;
}

/** A field of work a demo person is put in charge of, for an organization and/or an area. */
export interface DemoResponsibilitySpec {
  field: WorkField;
  organizationCode: string | null;
  areaCode: string | null;
  note: string;
  startsOn: string;
  endsOn: string | null;
}

/** A demo person with the posts held (kiêm nhiệm: several at once) and the responsibilities. */
export interface DemoPersonSpec {
  fullName: string;
  positions: DemoPositionSpec[];
  responsibilities: DemoResponsibilitySpec[];
}

/** Names of demo people that tests and later demo data look for. */
export const DEMO_PERSON = {
  /** Seed 000: Ủy viên BTV, Trưởng Ban Dân vận Tỉnh ủy; Chủ tịch Ủy ban MTTQ tỉnh is demo (seed 002's pattern). */
  massMobilizationHead: 'Giáp Thị Bắc',
  /** Trưởng Ban Dân vận Tỉnh ủy until 2020-12-31. */
  previousMassMobilizationHead: 'Lộc Thị Hương',
  provincialSecretary: 'Lương Quốc Khánh',
  systemAdministrator: 'Quản trị hệ thống',
} as const;

/**
 * Every demo person (server/demo/data/people.json); full names are unique. Only Giáp Thị Bắc is named in
 * the seeds; other people and all dates are made up. Posts follow the terms (provincial party congress XVII,
 * People's Councils and Committees 2021–2026) and the two-tier local government from 2025-07-01 (new
 * communes; districts ended the day before). The system administrator holds no post.
 */
export const DEMO_PEOPLE: readonly DemoPersonSpec[] = readDemoData('people');

/** Counts of what `createDemoPeople` made. */
export interface DemoPeopleResult {
  byName: Map<string, Person>;
  positions: number;
  responsibilities: number;
}

/**
 * Creates (persists, does not flush) the demo people, their positions and responsibilities,
 * on the organizations `orgIds` and areas `areaIds` (code → ID).
 */
export function createDemoPeople(
  em: EntityManager,
  orgIds: Map<string, string>,
  areaIds: Map<string, string>,
): DemoPeopleResult {
  const org = (code: string) => {
    const id = orgIds.get(code);
    if (!id) throw new Error(`demo data: unknown organization ${code}`);
    return em.getReference(Organization, id);
  };
  const area = (code: string) => {
    const id = areaIds.get(code);
    if (!id) throw new Error(`demo data: unknown area ${code}`);
    return em.getReference(AdministrativeArea, id);
  };
  const byName = new Map<string, Person>();
  let positions = 0;
  let responsibilities = 0;
  for (const spec of DEMO_PEOPLE) {
    const p = em.create(Person, { fullName: spec.fullName, searchKey: foldForSearch(spec.fullName) });
    byName.set(spec.fullName, p);
    for (const { organizationCode, ...post } of spec.positions) {
      em.create(Position, { person: p, organization: org(organizationCode), ...post });
      positions++;
    }
    for (const { organizationCode, areaCode, ...duty } of spec.responsibilities) {
      em.create(Responsibility, {
        person: p,
        organization: organizationCode ? org(organizationCode) : null,
        area: areaCode ? area(areaCode) : null,
        ...duty,
      });
      responsibilities++;
    }
  }
  return { byName, positions, responsibilities };
}
