import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '../core/text.js';
import { AdministrativeArea } from '../modules/areas/area.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { Person } from '../modules/people/person.entity.js';
import { Position } from '../modules/people/position.entity.js';
import { Responsibility, WorkField } from '../modules/people/responsibility.entity.js';
import { DEMO_AREA } from './areas.js';
import { DEMO_ORG } from './organizations.js';

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

const O = DEMO_ORG;
// Terms: provincial party congress XVII; People's Councils and Committees 2021–2026;
// two-tier local government from 2025-07-01 (new communes), districts ended the day before.
const PARTY_TERM = '2020-10-15';
const STATE_TERM = '2021-06-28';
const COMMUNES_START = '2025-07-01';
const DISTRICTS_END = '2025-06-30';

/** A post in `organizationCode` from `startsOn` (to `endsOn`, inclusive, when the term ended). */
const pos = (organizationCode: string, title: string, startsOn: string, endsOn: string | null = null) =>
  ({ organizationCode, title, isHead: false, startsOn, endsOn }) satisfies DemoPositionSpec;

/** The head's post (người đứng đầu). */
const head = (organizationCode: string, title: string, startsOn: string, endsOn: string | null = null) =>
  ({ organizationCode, title, isHead: true, startsOn, endsOn }) satisfies DemoPositionSpec;

/** "Phân công cấp ủy viên trực tiếp phụ trách công tác dân vận" (seed 000). */
function massMobilization(
  note: string,
  startsOn: string,
  where: { org?: string; area?: string; endsOn?: string },
): DemoResponsibilitySpec {
  const { org = null, area = null, endsOn = null } = where;
  return {
    field: WorkField.MASS_MOBILIZATION,
    organizationCode: org,
    areaCode: area,
    note,
    startsOn,
    endsOn,
  };
}

const person = (
  fullName: string,
  positions: DemoPositionSpec[],
  responsibilities: DemoResponsibilitySpec[] = [],
): DemoPersonSpec => ({ fullName, positions, responsibilities });

const IN_CHARGE = 'Cấp ủy viên trực tiếp phụ trách công tác dân vận';

/** Province-level people. Only Giáp Thị Bắc is named in the seeds; other people and all dates are made up. */
const PROVINCE: DemoPersonSpec[] = [
  person(
    DEMO_PERSON.massMobilizationHead,
    [
      pos(O.massMobilization, 'Phó Trưởng ban', '2016-03-01', '2020-12-31'),
      pos(O.standingCommittee, 'Ủy viên Ban Thường vụ', PARTY_TERM),
      head(O.massMobilization, 'Trưởng ban', '2021-01-01'),
      head(O.fatherlandFront, 'Chủ tịch', '2021-01-01'),
    ],
    [massMobilization(`${IN_CHARGE} của Tỉnh ủy`, '2021-01-01', { org: O.provincialCommittee })],
  ),
  person(
    DEMO_PERSON.previousMassMobilizationHead,
    [
      pos(O.standingCommittee, 'Ủy viên Ban Thường vụ', '2015-10-20', '2020-10-14'),
      head(O.massMobilization, 'Trưởng ban', '2016-01-01', '2020-12-31'),
    ],
    [
      massMobilization(`${IN_CHARGE} của Tỉnh ủy`, '2016-01-01', {
        org: O.provincialCommittee,
        endsOn: '2020-12-31',
      }),
    ],
  ),
  person(DEMO_PERSON.provincialSecretary, [
    head(O.provincialCommittee, 'Bí thư', PARTY_TERM),
    head(O.standingCommittee, 'Bí thư', PARTY_TERM),
  ]),
  person('Đinh Thị Thu Hà', [
    pos(O.provincialCommittee, 'Phó Bí thư Thường trực', PARTY_TERM),
    pos(O.standingCommittee, 'Phó Bí thư Thường trực', PARTY_TERM),
    head(O.peoplesCouncil, 'Chủ tịch', STATE_TERM),
  ]),
  person('Vi Văn Hải', [
    pos(O.provincialCommittee, 'Phó Bí thư', PARTY_TERM),
    pos(O.standingCommittee, 'Phó Bí thư', PARTY_TERM),
    head(O.peoplesCommittee, 'Chủ tịch', STATE_TERM),
  ]),
  person(
    'Đoàn Thanh Sơn',
    [pos(O.peoplesCommittee, 'Phó Chủ tịch', STATE_TERM)],
    [
      massMobilization('Lãnh đạo UBND tỉnh phụ trách công tác dân vận chính quyền', '2021-07-01', {
        org: O.peoplesCommittee,
      }),
    ],
  ),
  person('Hoàng Thị Lệ', [pos(O.peoplesCouncil, 'Phó Chủ tịch', STATE_TERM)]),
  person('Nông Thị Minh Hằng', [pos(O.fatherlandFront, 'Phó Chủ tịch Thường trực', '2019-09-15')]),
  person('Hà Minh Tuấn', [head(O.youthUnion, 'Bí thư', '2022-05-10')]),
  person('Chu Thị Lan', [head(O.womensUnion, 'Chủ tịch', '2021-09-01')]),
  person('Hoàng Văn Chung', [head(O.farmersAssociation, 'Chủ tịch', '2018-07-01')]),
  person('Lăng Văn Hùng', [head(O.veteransAssociation, 'Chủ tịch', '2022-06-15')]),
  person('Mã Thị Hồng', [head(O.tradeUnion, 'Chủ tịch', '2023-08-01')]),
  person(
    'Hoàng Đức Long',
    [
      head(O.militaryCommand, 'Chỉ huy trưởng', '2021-03-01'),
      pos(O.standingCommittee, 'Ủy viên Ban Thường vụ', '2021-03-15'),
    ],
    [
      massMobilization('Ủy viên Ban Thường vụ Tỉnh ủy phụ trách địa bàn xã Văn Quan', COMMUNES_START, {
        area: DEMO_AREA.xaVanQuan,
      }),
    ],
  ),
  person('Trần Văn Quang', [head(O.division3, 'Sư đoàn trưởng', '2022-01-10')]),
  person('Nguyễn Minh Đức', [head(O.regiment141, 'Trung đoàn trưởng', '2022-08-01')]),
  person(
    'Phùng Văn Toàn',
    [pos(O.regiment141, 'Chính ủy', '2022-08-01')],
    [
      massMobilization(
        'Phụ trách đội công tác dân vận của Trung đoàn trên địa bàn huyện Văn Quan',
        '2022-08-01',
        {
          org: O.regiment141,
          area: DEMO_AREA.oldVanQuanDistrict,
          endsOn: DISTRICTS_END,
        },
      ),
      massMobilization(
        'Phụ trách đội công tác dân vận của Trung đoàn trên địa bàn xã Văn Quan',
        COMMUNES_START,
        {
          org: O.regiment141,
          area: DEMO_AREA.xaVanQuan,
        },
      ),
    ],
  ),
  person('Lành Thị Thu', [head(O.homeAffairs, 'Giám đốc', '2025-03-01')]),
  person('Triệu Văn Sơn', [head(O.ethnicReligious, 'Giám đốc', '2025-03-01')]),
];

/** Commune-level people (made up), and the district bodies' people before 2025-07-01. */
const COMMUNES: DemoPersonSpec[] = [
  person('Ngô Văn Bình', [
    head(O.oldHuuLungDistrictCommittee, 'Bí thư', '2020-08-01', DISTRICTS_END),
    head(O.huuLungPartyCommittee, 'Bí thư', COMMUNES_START),
  ]),
  person('Vy Thị Hạnh', [
    pos(O.huuLungPartyCommittee, 'Phó Bí thư', COMMUNES_START),
    head(O.huuLungPeoplesCommittee, 'Chủ tịch', COMMUNES_START),
  ]),
  person(
    'Hoàng Thị Mai',
    [
      pos(O.huuLungPartyCommittee, 'Ủy viên Ban Thường vụ', COMMUNES_START),
      head(O.huuLungFront, 'Chủ tịch', COMMUNES_START),
    ],
    [massMobilization(`${IN_CHARGE} của Đảng ủy xã`, COMMUNES_START, { org: O.huuLungPartyCommittee })],
  ),
  person('Nguyễn Văn Tiến', [head(O.huuLungFarmers, 'Chủ tịch', COMMUNES_START)]),
  person('Lê Văn Sáu', [head(O.huuLungInspection, 'Trưởng ban', COMMUNES_START)]),
  person('Nông Văn Quyết', [head(O.vanQuanPartyCommittee, 'Bí thư', COMMUNES_START)]),
  person('Lộc Văn Thái', [
    pos(O.vanQuanPartyCommittee, 'Phó Bí thư', COMMUNES_START),
    head(O.vanQuanPeoplesCommittee, 'Chủ tịch', COMMUNES_START),
  ]),
  person(
    'Tô Thị Hằng',
    [
      pos(O.vanQuanPartyCommittee, 'Ủy viên Ban Thường vụ', COMMUNES_START),
      head(O.vanQuanFront, 'Chủ tịch', COMMUNES_START),
    ],
    [massMobilization(`${IN_CHARGE} của Đảng ủy xã`, COMMUNES_START, { org: O.vanQuanPartyCommittee })],
  ),
  person('Dương Văn Lực', [head(O.vanQuanFarmers, 'Chủ tịch', COMMUNES_START)]),
  person('Hà Văn Nam', [head(O.vanQuanInspection, 'Trưởng ban', COMMUNES_START)]),
  person('Hoàng Thị Thoa', [head(O.oldVanQuanDistrictCommittee, 'Bí thư', '2020-08-01', DISTRICTS_END)]),
  person(
    'Đàm Văn Hưng',
    [
      pos(O.oldHuuLungDistrictCommittee, 'Ủy viên Ban Thường vụ', '2020-08-01', DISTRICTS_END),
      head(O.oldHuuLungMassMobilization, 'Trưởng ban', '2020-09-01', DISTRICTS_END),
    ],
    [
      massMobilization(`${IN_CHARGE} của Huyện ủy`, '2020-09-01', {
        org: O.oldHuuLungDistrictCommittee,
        endsOn: DISTRICTS_END,
      }),
    ],
  ),
  person(
    'Lương Thị Dung',
    [pos(O.oldVanQuanDistrictCommittee, 'Ủy viên Ban Thường vụ', '2020-08-01', DISTRICTS_END)],
    [
      massMobilization(`${IN_CHARGE} của Huyện ủy`, '2020-08-01', {
        org: O.oldVanQuanDistrictCommittee,
        endsOn: DISTRICTS_END,
      }),
    ],
  ),
];

/** Every demo person; full names are unique. The system administrator holds no post. */
export const DEMO_PEOPLE: readonly DemoPersonSpec[] = [
  ...PROVINCE,
  ...COMMUNES,
  person(DEMO_PERSON.systemAdministrator, []),
];

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
