import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '../core/text.js';
import { AdministrativeArea } from '../modules/areas/area.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { dueOnFor } from '../modules/petitions/petition.deadlines.js';
import {
  Petition,
  PetitionChannel,
  PetitionHandler,
  PetitionKind,
  PetitionStatus,
} from '../modules/petitions/petition.entity.js';
import { recordPetitioner } from '../modules/petitions/commands/find-repeat.js';
import { isClosed } from '../modules/petitions/petition.status.js';
import { DEMO_AREA } from './areas.js';
import { DEMO_ORG } from './organizations.js';

const O = DEMO_ORG;
const { COMPLAINT, DENUNCIATION, RECOMMENDATION, FEEDBACK } = PetitionKind;
const { IN_PERSON, POST, ONLINE, FORWARDED } = PetitionChannel;
const S = PetitionStatus;
/** Statuses in which a petition has been accepted (it has an `acceptedOn`). */
const ACCEPTED: readonly PetitionStatus[] = [S.CLASSIFIED, S.IN_PROGRESS, S.RESOLVED];

/** A demo petition as plain data (organization and area codes instead of references). */
interface DemoPetitionSpec {
  kind: PetitionKind;
  channel: PetitionChannel;
  receivedOn: string;
  receivedBy: string;
  area: string;
  subject: string;
  petitioner: [fullName: string, address: string, phone: string | null];
  status: PetitionStatus;
  /** Transferred to this organization (it handles it now). */
  transferredTo?: string;
  concerns?: string;
  complex?: boolean;
  outcome?: string;
  /** Repeats the spec at this index of the list. */
  repeats?: number;
}

const HL = DEMO_AREA.xaHuuLung;
const VQ = DEMO_AREA.xaVanQuan;

/**
 * Petitions of the kinds a Lạng Sơn commune receives in a year-end review (land clearance
 * compensation, rural roads, social allowances, a denunciation of an official): received, in
 * progress, resolved, transferred upwards, withdrawn, and one repeat. The petitioners are invented.
 */
const PETITIONS: DemoPetitionSpec[] = [
  {
    kind: COMPLAINT,
    channel: IN_PERSON,
    receivedOn: '2025-08-04',
    receivedBy: O.huuLungPeoplesCommittee,
    area: HL,
    subject: 'Khiếu nại mức bồi thường giải phóng mặt bằng đường cao tốc Hữu Nghị – Chi Lăng',
    petitioner: ['Hoàng Văn Thắng', 'Thôn Đồng Tiến, xã Hữu Lũng', '0912 204 118'],
    status: S.RESOLVED,
    complex: true,
    outcome: 'Điều chỉnh đơn giá bồi thường cây ăn quả theo Quyết định của UBND tỉnh; công dân đồng ý.',
  },
  {
    kind: COMPLAINT,
    channel: POST,
    receivedOn: '2025-09-12',
    receivedBy: O.huuLungPeoplesCommittee,
    area: HL,
    subject: 'Khiếu nại quyết định thu hồi đất nông nghiệp',
    petitioner: ['Lường Thị Hoa', 'Thôn Bãi Hào, xã Hữu Lũng', '0978 331 502'],
    status: S.IN_PROGRESS,
  },
  {
    kind: COMPLAINT,
    channel: POST,
    receivedOn: '2025-10-20',
    receivedBy: O.huuLungPeoplesCommittee,
    area: HL,
    subject: 'Khiếu nại quyết định thu hồi đất nông nghiệp',
    petitioner: ['Lường Thị Hoa', 'Thôn Bãi Hào, xã Hữu Lũng', '0978 331 502'],
    status: S.RECEIVED,
    repeats: 1,
  },
  {
    kind: RECOMMENDATION,
    channel: IN_PERSON,
    receivedOn: '2025-09-05',
    receivedBy: O.huuLungFront,
    area: HL,
    subject: 'Kiến nghị sửa chữa đường liên thôn bị sạt lở sau mưa lũ',
    petitioner: ['Nông Văn Sử', 'Thôn Làng Cà, xã Hữu Lũng', null],
    status: S.TRANSFERRED,
    transferredTo: O.huuLungPeoplesCommittee,
  },
  {
    kind: FEEDBACK,
    channel: ONLINE,
    receivedOn: '2025-11-03',
    receivedBy: O.huuLungPeoplesCommittee,
    area: HL,
    subject: 'Phản ánh tình trạng xe chở đá làm hư hỏng đường giao thông nông thôn',
    petitioner: ['Vi Thị Lan', 'Thôn Đoàn Kết, xã Hữu Lũng', '0365 118 907'],
    status: S.CLASSIFIED,
  },
  {
    kind: DENUNCIATION,
    channel: POST,
    receivedOn: '2025-10-06',
    receivedBy: O.huuLungPeoplesCommittee,
    area: HL,
    subject: 'Tố cáo cán bộ địa chính xã nhận tiền khi làm thủ tục cấp giấy chứng nhận',
    petitioner: ['Triệu Văn Phúc', 'Thôn Phú Bình, xã Hữu Lũng', '0914 772 035'],
    status: S.TRANSFERRED,
    concerns: O.huuLungPeoplesCommittee,
    transferredTo: O.huuLungInspection,
  },
  {
    kind: RECOMMENDATION,
    channel: IN_PERSON,
    receivedOn: '2025-07-15',
    receivedBy: O.vanQuanFront,
    area: VQ,
    subject: 'Kiến nghị hỗ trợ giống cây trồng cho hộ nghèo sau thiên tai',
    petitioner: ['Hà Văn Minh', 'Thôn Bản Cảng, xã Văn Quan', '0389 440 261'],
    status: S.RESOLVED,
    outcome: 'Đã cấp giống ngô và phân bón cho 42 hộ theo chương trình hỗ trợ khôi phục sản xuất.',
  },
  {
    kind: FEEDBACK,
    channel: ONLINE,
    receivedOn: '2025-08-22',
    receivedBy: O.vanQuanPeoplesCommittee,
    area: VQ,
    subject: 'Phản ánh chậm chi trả trợ cấp xã hội tháng 7',
    petitioner: ['Lăng Thị Nhung', 'Thôn Nà Thang, xã Văn Quan', '0846 219 330'],
    status: S.RESOLVED,
    outcome: 'Đã chi trả bổ sung; nguyên nhân do chậm cập nhật danh sách sau sáp nhập xã.',
  },
  {
    kind: COMPLAINT,
    channel: POST,
    receivedOn: '2025-10-28',
    receivedBy: O.vanQuanPeoplesCommittee,
    area: VQ,
    subject: 'Khiếu nại việc xác định diện tích đất ở khi cấp đổi giấy chứng nhận',
    petitioner: ['Chu Văn Đàm', 'Thôn Khòn Pục, xã Văn Quan', '0961 503 774'],
    status: S.WITHDRAWN,
  },
  {
    kind: RECOMMENDATION,
    channel: FORWARDED,
    receivedOn: '2025-11-10',
    receivedBy: O.fatherlandFront,
    area: DEMO_AREA.langSon,
    subject: 'Kiến nghị bố trí điểm trường mầm non tại thôn đặc biệt khó khăn',
    petitioner: ['Mông Văn Tằng', 'Xã Văn Quan', null],
    status: S.TRANSFERRED,
    transferredTo: O.vanQuanPeoplesCommittee,
  },
  {
    kind: FEEDBACK,
    channel: ONLINE,
    receivedOn: '2025-06-02',
    receivedBy: O.peoplesCommittee,
    area: DEMO_AREA.langSon,
    subject: 'Phản ánh ô nhiễm từ cơ sở chế biến tinh bột sắn',
    petitioner: ['Đinh Thị Thu', 'Phường Lương Văn Tri', '0203 811 245'],
    status: S.FILED_NO_ACTION,
  },
];

/** The spec's petition, its chain of handlers and its petitioner (persisted, not flushed). */
function createPetition(
  em: EntityManager,
  spec: DemoPetitionSpec,
  ref: { org: (code: string) => Organization; area: (code: string) => AdministrativeArea },
  repeatOf: Petition | null,
): Petition {
  const handler = spec.transferredTo ?? spec.receivedBy;
  const accepted = ACCEPTED.includes(spec.status);
  const acceptedOn = accepted ? spec.receivedOn : null;
  const petition = em.create(Petition, {
    kind: spec.kind,
    channel: spec.channel,
    receivedOn: spec.receivedOn,
    organization: ref.org(spec.receivedBy),
    handler: ref.org(handler),
    concernsOrganization: spec.concerns ? ref.org(spec.concerns) : null,
    area: ref.area(spec.area),
    subject: spec.subject,
    subjectKey: foldForSearch(spec.subject),
    withinJurisdiction: accepted ? true : null,
    complex: spec.complex ?? false,
    status: spec.status,
    acceptedOn,
    dueOn: acceptedOn ? dueOnFor(spec.kind, acceptedOn, spec.complex ?? false) : null,
    outcome: spec.outcome ?? null,
    closedOn: isClosed(spec.status) ? '2025-11-25' : null,
    closingReason:
      spec.status === S.WITHDRAWN
        ? 'Công dân rút đơn sau khi được giải thích'
        : spec.status === S.FILED_NO_ACTION
          ? 'Nội dung đã được giải quyết trước đó'
          : null,
    repeatOf,
  } as never) as Petition;
  em.create(PetitionHandler, {
    petition,
    organization: ref.org(spec.receivedBy),
    startedOn: spec.receivedOn,
    endedOn: spec.transferredTo ? spec.receivedOn : null,
  });
  if (spec.transferredTo) {
    em.create(PetitionHandler, {
      petition,
      organization: ref.org(spec.transferredTo),
      startedOn: spec.receivedOn,
      note: 'Chuyển cơ quan có thẩm quyền giải quyết',
    });
  }
  const [fullName, address, phone] = spec.petitioner;
  recordPetitioner(em, petition, { fullName, address, phone });
  return petition;
}

/** The id of demo record `code`; throws on an unknown code (a typo in the specs). */
function lookup(ids: Map<string, string>, code: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`demo petitions: unknown code ${code}`);
  return id;
}

/** Creates (persists, does not flush) the demo petitions; returns how many. */
export function createDemoPetitions(
  em: EntityManager,
  orgIds: Map<string, string>,
  areaIds: Map<string, string>,
): number {
  const ref = {
    org: (code: string) => em.getReference(Organization, lookup(orgIds, code)),
    area: (code: string) => em.getReference(AdministrativeArea, lookup(areaIds, code)),
  };
  const created: Petition[] = [];
  for (const spec of PETITIONS) {
    created.push(createPetition(em, spec, ref, spec.repeats === undefined ? null : created[spec.repeats]));
  }
  return created.length;
}
