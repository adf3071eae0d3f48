import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../server/core/text.js';
import { AreaLevel } from '../server/modules/areas/area.entity.js';
import { OrganizationKind, OrganizationStatus } from '../server/modules/organizations/organization.entity.js';
import { WorkField } from '../server/modules/people/responsibility.entity.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../server/demo/accounts.js';
import {
  buildAreaRows,
  DEMO_AREA,
  HISTORIC_DISTRICTS,
  readAdministrativeUnits,
} from '../server/demo/areas.js';
import { DEMO_ORG, DEMO_ORGANIZATIONS } from '../server/demo/organizations.js';
import { DEMO_PEOPLE, DEMO_PERSON, type DemoPositionSpec } from '../server/demo/people.js';

const isNfc = (s: string) => s === s.normalize('NFC');
const orgByCode = new Map(DEMO_ORGANIZATIONS.map((o) => [o.code, o]));
const personByName = new Map(DEMO_PEOPLE.map((p) => [p.fullName, p]));
const activeOn = (p: DemoPositionSpec, date: string) =>
  p.startsOn <= date && (p.endsOn === null || date <= p.endsOn);
const current = (p: DemoPositionSpec) => p.endsOn === null;

describe('administrative units file', () => {
  const units = readAdministrativeUnits();

  it('holds the 34 provinces and 3,321 communes of 2025', () => {
    expect(units).toHaveLength(34);
    expect(units.reduce((n, p) => n + p.Wards.length, 0)).toBe(3321);
    const langSon = units.find((p) => p.Code === DEMO_AREA.langSon);
    expect(langSon?.FullName).toBe('Tỉnh Lạng Sơn');
    expect(langSon?.Wards).toHaveLength(65);
    const names = new Map(langSon?.Wards.map((w) => [w.Code, w.FullName]));
    expect(names.get(DEMO_AREA.xaHuuLung)).toBe('Xã Hữu Lũng');
    expect(names.get(DEMO_AREA.xaVanQuan)).toBe('Xã Văn Quan');
  });

  it('builds one tree of unique codes, parents first, with folded search keys', () => {
    const rows = buildAreaRows(units);
    expect(rows).toHaveLength(1 + 34 + 3321 + HISTORIC_DISTRICTS.length);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    const seen = new Set<string>();
    for (const row of rows) {
      if (row.parent !== null) expect(seen.has(row.parent)).toBe(true);
      seen.add(row.id);
      expect(isNfc(row.name)).toBe(true);
      expect(row.searchKey).toBe(foldForSearch(row.name));
    }
    expect(rows.filter((r) => r.parent === null).map((r) => r.level)).toEqual([AreaLevel.CENTRAL]);
    expect(rows.find((r) => r.code === DEMO_AREA.langSon)?.searchKey).toBe('tinh lang son');
    expect(rows.filter((r) => r.level === AreaLevel.DISTRICT).map((r) => r.code)).toEqual(
      HISTORIC_DISTRICTS.map((d) => d.code),
    );
  });
});

describe('demo organizations', () => {
  it('have unique codes, NFC names, and known areas, parents and successors', () => {
    const areaCodes = new Set(buildAreaRows().map((r) => r.code));
    expect(orgByCode.size).toBe(DEMO_ORGANIZATIONS.length);
    const earlier = new Set<string>();
    for (const org of DEMO_ORGANIZATIONS) {
      expect(isNfc(org.name) && isNfc(org.shortName ?? '')).toBe(true);
      expect(areaCodes.has(org.areaCode)).toBe(true);
      if (org.parentCode) expect(earlier.has(org.parentCode)).toBe(true);
      if (org.successorCode) expect(orgByCode.has(org.successorCode)).toBe(true);
      earlier.add(org.code);
    }
    expect(Object.values(DEMO_ORG).toSorted()).toEqual([...orgByCode.keys()].toSorted());
  });

  it('keep the 2025 mergers and dissolutions as history', () => {
    const merged = DEMO_ORGANIZATIONS.filter((o) => o.status === OrganizationStatus.MERGED);
    expect(merged.map((o) => [o.code, o.successorCode, o.endedOn])).toEqual([
      [DEMO_ORG.oldHuuLungDistrictCommittee, DEMO_ORG.huuLungPartyCommittee, '2025-06-30'],
      [DEMO_ORG.oldVanQuanDistrictCommittee, DEMO_ORG.vanQuanPartyCommittee, '2025-06-30'],
    ]);
    const dissolved = orgByCode.get(DEMO_ORG.oldHuuLungMassMobilization);
    expect(dissolved?.status).toBe(OrganizationStatus.DISSOLVED);
    expect(dissolved?.endedOn).toBe('2025-06-30');
  });

  it('give the five socio-political organizations of the province no parent', () => {
    const provincial = DEMO_ORGANIZATIONS.filter(
      (o) => o.kind === OrganizationKind.SOCIO_POLITICAL_ORG && o.areaCode === DEMO_AREA.langSon,
    );
    expect(provincial).toHaveLength(5);
    expect(provincial.every((o) => o.parentCode === null)).toBe(true);
  });
});

describe('demo people', () => {
  const positions = DEMO_PEOPLE.flatMap((p) => p.positions);

  it('have unique NFC names, and posts in known organizations', () => {
    expect(personByName.size).toBe(DEMO_PEOPLE.length);
    for (const person of DEMO_PEOPLE) {
      expect(isNfc(person.fullName)).toBe(true);
      for (const post of person.positions) {
        expect(orgByCode.has(post.organizationCode)).toBe(true);
        expect(isNfc(post.title)).toBe(true);
        if (post.endsOn) expect(post.startsOn <= post.endsOn).toBe(true);
      }
    }
  });

  it('include someone holding three or more posts at once (kiêm nhiệm)', () => {
    const most = Math.max(
      ...DEMO_PEOPLE.flatMap((p) =>
        p.positions.map((a) => p.positions.filter((b) => activeOn(b, a.startsOn)).length),
      ),
    );
    expect(most).toBeGreaterThanOrEqual(3);
    const bac = personByName.get(DEMO_PERSON.massMobilizationHead)?.positions.filter(current) ?? [];
    expect(bac.map((p) => [p.organizationCode, p.isHead])).toEqual([
      [DEMO_ORG.standingCommittee, false],
      [DEMO_ORG.massMobilization, true],
      [DEMO_ORG.fatherlandFront, true],
    ]);
  });

  it('give every active organization exactly one current head, and keep past heads', () => {
    for (const org of DEMO_ORGANIZATIONS) {
      const heads = positions.filter((p) => p.organizationCode === org.code && p.isHead);
      const active = (org.status ?? OrganizationStatus.ACTIVE) === OrganizationStatus.ACTIVE;
      expect(heads.filter(current)).toHaveLength(active ? 1 : 0);
      expect(heads.length).toBeGreaterThan(0);
    }
    const bdvHeadsIn2020 = positions.filter(
      (p) => p.organizationCode === DEMO_ORG.massMobilization && p.isHead && activeOn(p, '2020-06-01'),
    );
    expect(bdvHeadsIn2020.map((p) => p.endsOn)).toEqual(['2020-12-31']);
  });

  it('put one committee member in charge of mass mobilization for every party committee', () => {
    const duties = DEMO_PEOPLE.flatMap((p) => p.responsibilities);
    for (const duty of duties) {
      expect(duty.organizationCode ?? duty.areaCode).not.toBeNull();
      if (duty.organizationCode) expect(orgByCode.has(duty.organizationCode)).toBe(true);
      expect(isNfc(duty.note)).toBe(true);
    }
    for (const org of DEMO_ORGANIZATIONS.filter((o) => o.kind === OrganizationKind.PARTY_COMMITTEE)) {
      const inCharge = duties.filter(
        (d) =>
          d.field === WorkField.MASS_MOBILIZATION && d.organizationCode === org.code && d.areaCode === null,
      );
      expect(inCharge.filter((d) => d.endsOn === (org.endedOn ?? null))).toHaveLength(1);
    }
    expect(duties.some((d) => d.areaCode === DEMO_AREA.xaVanQuan && d.endsOn === null)).toBe(true);
  });
});

describe('demo accounts', () => {
  it('have unique lower-case ASCII emails, each for a different known person', () => {
    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@demo\.phoihop\.vn$/);
    const people = DEMO_ACCOUNTS.map((a) => a.personFullName);
    expect(new Set(people).size).toBe(people.length);
    for (const name of people) expect(personByName.has(name)).toBe(true);
    for (const account of DEMO_ACCOUNTS) expect(isNfc(account.description)).toBe(true);
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(8);
  });

  it('cover every active organization once, with a person who works there now', () => {
    const active = DEMO_ORGANIZATIONS.filter((o) => (o.status ?? OrganizationStatus.ACTIVE) === 'ACTIVE');
    const orgAccounts = DEMO_ACCOUNTS.filter((a) => a.organizationCode !== null);
    expect(orgAccounts.map((a) => a.organizationCode).toSorted()).toEqual(
      active.map((o) => o.code).toSorted(),
    );
    for (const account of orgAccounts) {
      expect(orgByCode.has(account.organizationCode ?? '')).toBe(true);
      const posts = personByName.get(account.personFullName)?.positions ?? [];
      expect(posts.some((p) => p.organizationCode === account.organizationCode && current(p))).toBe(true);
      expect(account.isSystemAdmin).toBe(false);
    }
  });

  it('include one system administrator', () => {
    const admins = DEMO_ACCOUNTS.filter((a) => a.isSystemAdmin);
    expect(admins).toEqual([
      expect.objectContaining({
        email: 'admin@demo.phoihop.vn',
        organizationCode: null,
        personFullName: 'Quản trị hệ thống',
      }),
    ]);
  });
});
