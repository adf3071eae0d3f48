import { Role } from '../core/access.js';
import { RoleGrant } from '../modules/access/role-grant.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Person } from '../modules/people/person.entity.js';
import { User } from '../modules/users/user.entity.js';
import { DEMO_ORG } from './organizations.js';
import { DEMO_PERSON } from './people.js';

/** Password of every demo account (development only: demo data is never loaded in production). */
export const DEMO_PASSWORD = 'phoihop-demo';

/** A demo sign-in account. */
export interface DemoAccountSpec {
  /** Lower-case ASCII. */
  email: string;
  /** The organization the account works for; `null` for the system administrator. */
  organizationCode: string | null;
  /** The linked person (a head of the organization, or a deputy when the head already has an account). */
  personFullName: string;
  /** Who this is, in Vietnamese, for the sign-in page's list of demo accounts. */
  description: string;
  isSystemAdmin: boolean;
}

const O = DEMO_ORG;
const DOMAIN = 'demo.phoihop.vn';

const account = (
  localPart: string,
  organizationCode: string,
  personFullName: string,
  description: string,
): DemoAccountSpec => ({
  email: `${localPart}@${DOMAIN}`,
  organizationCode,
  personFullName,
  description,
  isSystemAdmin: false,
});

/** One account per active demo organization, each for a different person, plus the administrator. */
export const DEMO_ACCOUNTS: readonly DemoAccountSpec[] = [
  account(
    'tinhuy.langson',
    O.provincialCommittee,
    DEMO_PERSON.provincialSecretary,
    'Bí thư Tỉnh ủy Lạng Sơn',
  ),
  account(
    'btv.tinhuy.langson',
    O.standingCommittee,
    'Đinh Thị Thu Hà',
    'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
  ),
  account(
    'bandanvan.langson',
    O.massMobilization,
    DEMO_PERSON.massMobilizationHead,
    'Ủy viên BTV, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
  ),
  account('hdnd.langson', O.peoplesCouncil, 'Hoàng Thị Lệ', 'Phó Chủ tịch HĐND tỉnh Lạng Sơn'),
  account(
    'ubnd.langson',
    O.peoplesCommittee,
    'Vi Văn Hải',
    'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn',
  ),
  account(
    'mttq.langson',
    O.fatherlandFront,
    'Nông Thị Minh Hằng',
    'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh',
  ),
  account('tinhdoan.langson', O.youthUnion, 'Hà Minh Tuấn', 'Bí thư Tỉnh đoàn Lạng Sơn'),
  account('phunu.langson', O.womensUnion, 'Chu Thị Lan', 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh'),
  account('nongdan.langson', O.farmersAssociation, 'Hoàng Văn Chung', 'Chủ tịch Hội Nông dân tỉnh'),
  account('cuuchienbinh.langson', O.veteransAssociation, 'Lăng Văn Hùng', 'Chủ tịch Hội Cựu chiến binh tỉnh'),
  account('laodong.langson', O.tradeUnion, 'Mã Thị Hồng', 'Chủ tịch Liên đoàn Lao động tỉnh'),
  account(
    'quansu.langson',
    O.militaryCommand,
    'Hoàng Đức Long',
    'Chỉ huy trưởng Bộ CHQS tỉnh, Ủy viên BTV Tỉnh ủy',
  ),
  account('sudoan3', O.division3, 'Trần Văn Quang', 'Sư đoàn trưởng Sư đoàn 3'),
  account('trungdoan141', O.regiment141, 'Nguyễn Minh Đức', 'Trung đoàn trưởng Trung đoàn 141'),
  account('sonoivu.langson', O.homeAffairs, 'Lành Thị Thu', 'Giám đốc Sở Nội vụ'),
  account('sodantoctongiao.langson', O.ethnicReligious, 'Triệu Văn Sơn', 'Giám đốc Sở Dân tộc và Tôn giáo'),
  account('danguy.xahuulung', O.huuLungPartyCommittee, 'Ngô Văn Bình', 'Bí thư Đảng ủy xã Hữu Lũng'),
  account('ubnd.xahuulung', O.huuLungPeoplesCommittee, 'Vy Thị Hạnh', 'Chủ tịch UBND xã Hữu Lũng'),
  account('mttq.xahuulung', O.huuLungFront, 'Hoàng Thị Mai', 'Chủ tịch Ủy ban MTTQ xã Hữu Lũng'),
  account('nongdan.xahuulung', O.huuLungFarmers, 'Nguyễn Văn Tiến', 'Chủ tịch Hội Nông dân xã Hữu Lũng'),
  account(
    'thanhtra.xahuulung',
    O.huuLungInspection,
    'Lê Văn Sáu',
    'Trưởng Ban Thanh tra nhân dân xã Hữu Lũng',
  ),
  account('danguy.xavanquan', O.vanQuanPartyCommittee, 'Nông Văn Quyết', 'Bí thư Đảng ủy xã Văn Quan'),
  account('ubnd.xavanquan', O.vanQuanPeoplesCommittee, 'Lộc Văn Thái', 'Chủ tịch UBND xã Văn Quan'),
  account('mttq.xavanquan', O.vanQuanFront, 'Tô Thị Hằng', 'Chủ tịch Ủy ban MTTQ xã Văn Quan'),
  account('nongdan.xavanquan', O.vanQuanFarmers, 'Dương Văn Lực', 'Chủ tịch Hội Nông dân xã Văn Quan'),
  account(
    'thanhtra.xavanquan',
    O.vanQuanInspection,
    'Hà Văn Nam',
    'Trưởng Ban Thanh tra nhân dân xã Văn Quan',
  ),
  {
    email: `admin@${DOMAIN}`,
    organizationCode: null,
    personFullName: DEMO_PERSON.systemAdministrator,
    description: 'Quản trị hệ thống',
    isSystemAdmin: true,
  },
];

/**
 * Creates (persists, does not flush) the demo accounts, all with the one `passwordHash`
 * (hash `DEMO_PASSWORD` once: argon2 is slow on purpose). Returns how many.
 */
export function createDemoAccounts(
  em: EntityManager,
  people: Map<string, Person>,
  passwordHash: string,
  orgIds: Map<string, string>,
): number {
  for (const spec of DEMO_ACCOUNTS) {
    const person = people.get(spec.personFullName);
    if (!person) throw new Error(`demo account ${spec.email}: unknown person ${spec.personFullName}`);
    const user = em.create(User, {
      email: spec.email,
      passwordHash,
      person,
      isSystemAdmin: spec.isSystemAdmin,
    });
    const organizationId = spec.organizationCode ? orgIds.get(spec.organizationCode) : undefined;
    // Each agency's account administers its agency (and, through the chain of command, what is below it).
    if (organizationId) {
      em.create(RoleGrant, {
        user,
        organization: em.getReference(Organization, organizationId),
        role: Role.ADMIN,
        validFrom: new Date('2021-01-01T00:00:00+07:00'),
      });
    }
  }
  return DEMO_ACCOUNTS.length;
}
