import { ApiToken } from '../modules/access/api-token.entity.js';
import { Invitation } from '../modules/access/invitation.entity.js';
import { RoleGrant } from '../modules/access/role-grant.entity.js';
import { RoleHolder } from '../modules/access/role-holder.entity.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import '../modules/audit/write-audit.js';
import { LegalDocument } from '../modules/legal-documents/legal-document.entity.js';
import { ObjectiveValue, ProgramObjective } from '../modules/programs/objective.entity.js';
import { ProgramParticipant } from '../modules/programs/participant.entity.js';
import { CoordinationProgram } from '../modules/programs/program.entity.js';
import { ProgramOrganization } from '../modules/programs/program-organization.entity.js';
import { ProgramUpdate } from '../modules/programs/program-update.entity.js';
import { TaskAssignment } from '../modules/tasks/assignment.entity.js';
import { ProgressReport, TaskDeadlineChange, TaskFollowUp } from '../modules/tasks/progress-report.entity.js';
import { Task } from '../modules/tasks/task.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { NotificationPreference } from '../modules/notifications/preference.entity.js';
import {
  ReminderLead,
  ReminderRecheck,
  ReminderWatermark,
} from '../modules/notifications/reminders/reminder-state.entity.js';
import {
  ReminderLeadInUse,
  ReminderPreference,
} from '../modules/notifications/reminders/reminder-view.entity.js';
import { AdministrativeArea } from '../modules/areas/area.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { OrganizationClosure } from '../modules/organizations/organization-closure.entity.js';
import { OrganizationTreeVersion } from '../modules/organizations/organization-tree-version.entity.js';
import { Person } from '../modules/people/person.entity.js';
import { Position } from '../modules/people/position.entity.js';
import { Responsibility } from '../modules/people/responsibility.entity.js';
import { RefreshToken } from '../modules/users/session.entity.js';
import { User } from '../modules/users/user.entity.js';

import {
  Petition,
  PetitionHandler,
  PetitionPetitioner,
  PetitionTask,
} from '../modules/petitions/petition.entity.js';
import {
  MassMobilizationModel,
  ModelAdoption,
  ModelCommendation,
  ModelEvidence,
  ModelYearStatus,
} from '../modules/models/model.entity.js';
import { SocialCritique } from '../modules/oversight/critique.entity.js';
import { Supervision, SupervisionRecommendation } from '../modules/oversight/supervision.entity.js';
import {
  ComplexSituation,
  SituationHandler,
  SituationReport,
} from '../modules/situations/situation.entity.js';
import { ReportIndicator, ReportValidationRule } from '../modules/reports/indicator.entity.js';
import {
  ReportForm,
  ReportFormIndicator,
  ReportFormRequirement,
} from '../modules/reports/report-form.entity.js';
import { ReportSubmission, ReportValue } from '../modules/reports/submission.entity.js';
import { ReportRollup, ReportRollupTotal } from '../modules/reports/rollup/rollup.entity.js';
import { CalendarFeed } from '../modules/meetings/calendar-feed.entity.js';
import { Meeting } from '../modules/meetings/meeting.entity.js';
import { MeetingChair, MeetingInvitation } from '../modules/meetings/participation.entity.js';
import { MeetingAgendaItem, MeetingConclusion, MeetingMinutes } from '../modules/meetings/record.entity.js';
import { MeetingSeries } from '../modules/meetings/series.entity.js';

/** Every entity MikroORM manages. A new entity is added here and gets a migration. */
export const entities = [
  AdministrativeArea,
  Organization,
  OrganizationClosure,
  OrganizationTreeVersion,
  Person,
  Position,
  Responsibility,
  User,
  RefreshToken,
  RoleGrant,
  RoleHolder,
  ApiToken,
  Invitation,
  AuditRecord,
  LegalDocument,
  CoordinationProgram,
  ProgramParticipant,
  ProgramOrganization,
  ProgramObjective,
  ObjectiveValue,
  ProgramUpdate,
  Task,
  TaskAssignment,
  ProgressReport,
  TaskFollowUp,
  TaskDeadlineChange,
  Notification,
  NotificationPreference,
  ReminderWatermark,
  ReminderRecheck,
  ReminderLead,
  ReminderPreference,
  ReminderLeadInUse,
  MeetingSeries,
  Meeting,
  MeetingChair,
  MeetingInvitation,
  MeetingAgendaItem,
  MeetingMinutes,
  MeetingConclusion,
  CalendarFeed,
  Petition,
  PetitionHandler,
  PetitionPetitioner,
  PetitionTask,
  MassMobilizationModel,
  ModelYearStatus,
  ModelEvidence,
  ModelCommendation,
  ModelAdoption,
  SocialCritique,
  Supervision,
  SupervisionRecommendation,
  SituationReport,
  ComplexSituation,
  SituationHandler,
  ReportIndicator,
  ReportValidationRule,
  ReportForm,
  ReportFormIndicator,
  ReportFormRequirement,
  ReportSubmission,
  ReportValue,
  ReportRollup,
  ReportRollupTotal,
];
