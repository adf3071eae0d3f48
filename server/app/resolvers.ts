import type { NonEmptyArray } from 'type-graphql';
// Modules' parts in organization mergers and dissolutions (registered at load).
import '../modules/people/people.lifecycle.js';
import '../modules/tasks/tasks.lifecycle.js';
import { AreaResolver } from '../modules/areas/area.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { NotificationResolver } from '../modules/notifications/notification.resolver.js';
import {
  BriefingScheduleEventResolver,
  MeetingSubscriptionResolver,
} from '../modules/meetings/meeting.subscription.js';
import {
  ProgramEventResolver,
  ProgramSubscriptionResolver,
} from '../modules/programs/program.subscription.js';
import { TaskEventResolver, TaskSubscriptionResolver } from '../modules/tasks/task.subscription.js';
// The notification outbox reacts to domain events inside their transactions.
import '../modules/notifications/outbox.js';
// Every module's reminder source; changed subjects are queued for the next tick in their transactions.
import './reminders.js';
// Every module's counting definitions of COUNTED indicators (frozen in reports on submission).
import './counted-indicators.js';
import { OrganizationResolver } from '../modules/organizations/organization.resolver.js';
import { OrganizationSubscriptionResolver } from '../modules/organizations/organization.subscription.js';
import { OrganizationPeopleResolver } from '../modules/people/organization-people.resolver.js';
import { PersonContactResolver } from '../modules/people/person-contact.resolver.js';
import { OrganizationPermissionsResolver } from '../modules/organizations/organization-permissions.resolver.js';
import { PersonResolver } from '../modules/people/person.resolver.js';
import { PositionResolver } from '../modules/people/position.resolver.js';
import { ResponsibilityResolver } from '../modules/people/responsibility.resolver.js';
import { AuthResolver } from '../modules/users/auth.resolver.js';
import { AccountResolver } from '../modules/access/account.resolver.js';
import { ApiTokenResolver } from '../modules/access/api-token.resolver.js';
import { OrganizationAccessResolver } from '../modules/access/organization-access.resolver.js';
import { RoleGrantResolver } from '../modules/access/role-grant.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { TaskResolver } from '../modules/tasks/task.resolver.js';
import {
  ProgressReportResolver,
  TaskAssignmentResolver,
  TaskFollowUpResolver,
} from '../modules/tasks/task-parts.resolver.js';
import { OrganizationTasksResolver } from '../modules/tasks/organization-tasks.resolver.js';
import { OrganizationTaskPermissionsResolver } from '../modules/tasks/organization-task-permissions.resolver.js';
import { ProgramTasksResolver } from '../modules/tasks/program-tasks.resolver.js';
// Programs pass to the successor in organization mergers (registered at load).
import '../modules/programs/program.lifecycle.js';
import { LegalDocumentResolver } from '../modules/legal-documents/legal-document.resolver.js';
import { ProgramResolver } from '../modules/programs/program.resolver.js';
import { ProgramParticipantResolver } from '../modules/programs/participant.resolver.js';
import { ProgramObjectiveResolver } from '../modules/programs/objective.resolver.js';
import { ProgramUpdateResolver } from '../modules/programs/program-update.resolver.js';
import { OrganizationProgramsResolver } from '../modules/programs/organization-programs.resolver.js';
import { OrganizationProgramPermissionsResolver } from '../modules/programs/organization-program-permissions.resolver.js';

// Meetings still to come pass to the successor in organization mergers (registered at load).
import '../modules/meetings/meetings.lifecycle.js';
import { MeetingResolver } from '../modules/meetings/meeting.resolver.js';
import { MeetingPartsResolver } from '../modules/meetings/meeting-parts.resolver.js';
import { MeetingMutationResolver } from '../modules/meetings/meeting-mutation.resolver.js';
import { MeetingSeriesResolver } from '../modules/meetings/series.resolver.js';
import { ChairResolver, InvitationResolver } from '../modules/meetings/participation.resolver.js';
import { MeetingRecordResolver } from '../modules/meetings/record.resolver.js';
import { AgendaItemResolver, ConclusionResolver } from '../modules/meetings/record-fields.resolver.js';
import { TaskMeetingResolver } from '../modules/meetings/task-meeting.resolver.js';
import { OrganizationMeetingsResolver } from '../modules/meetings/organization-meetings.resolver.js';
import { OrganizationMeetingPermissionsResolver } from '../modules/meetings/organization-meeting-permissions.resolver.js';
import {
  CalendarFeedResolver,
  UserCalendarFeedsResolver,
} from '../modules/meetings/calendar/feed.resolver.js';
// Open petitions pass to the successor in organization mergers (registered at load).
import '../modules/petitions/petitions.lifecycle.js';
// Models, oversight records and open complex situations pass to the successor too.
import '../modules/models/models.lifecycle.js';
import '../modules/oversight/oversight.lifecycle.js';
import '../modules/situations/situations.lifecycle.js';
import { PetitionHandlerResolver, PetitionResolver } from '../modules/petitions/petition.resolver.js';
import {
  OrganizationPetitionPermissionsResolver,
  OrganizationPetitionsResolver,
} from '../modules/petitions/organization-petitions.resolver.js';
import { ModelResolver } from '../modules/models/model.resolver.js';
import { ModelAdoptionShareResolver } from '../modules/models/model-adoption-share.js';
import {
  ModelAdoptionResolver,
  ModelCommendationResolver,
  ModelYearStatusResolver,
  OrganizationModelPermissionsResolver,
} from '../modules/models/model-parts.resolver.js';
import { SocialCritiqueResolver } from '../modules/oversight/critique.resolver.js';
import { SupervisionResolver } from '../modules/oversight/supervision.resolver.js';
import {
  OrganizationOversightPermissionsResolver,
  SupervisionRecommendationResolver,
} from '../modules/oversight/oversight-parts.resolver.js';
import { ComplexSituationResolver } from '../modules/situations/situation.resolver.js';
import {
  OrganizationSituationPermissionsResolver,
  SituationReportResolver,
} from '../modules/situations/situation-report.resolver.js';
import {
  PetitionSubscriptionResolver,
  PetitionEventResolver,
} from '../modules/petitions/petition.subscription.js';
import { ModelEventResolver, ModelSubscriptionResolver } from '../modules/models/model.subscription.js';
import {
  OversightEventResolver,
  OversightSubscriptionResolver,
} from '../modules/oversight/oversight.subscription.js';
import {
  SituationEventResolver,
  SituationSubscriptionResolver,
} from '../modules/situations/situation.subscription.js';
import { ReportResolver } from '../modules/reports/report.resolver.js';
import {
  IndicatorValueResolver,
  IndicatorValuesResolver,
} from '../modules/reports/rollup/rollup.resolver.js';
import {
  MissingReportResolver,
  OrganizationReportPermissionsResolver,
  ReportCompletenessResolver,
  ReportFormResolver,
} from '../modules/reports/report-parts.resolver.js';

/** Every resolver class of the schema. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  NotificationResolver,
  TaskSubscriptionResolver,
  MeetingSubscriptionResolver,
  ProgramSubscriptionResolver,
  PetitionSubscriptionResolver,
  ModelSubscriptionResolver,
  OversightSubscriptionResolver,
  SituationSubscriptionResolver,
  PetitionEventResolver,
  ModelEventResolver,
  OversightEventResolver,
  SituationEventResolver,
  AreaResolver,
  OrganizationResolver,
  TaskEventResolver,
  BriefingScheduleEventResolver,
  ProgramEventResolver,
  OrganizationSubscriptionResolver,
  PersonResolver,
  PersonContactResolver,
  OrganizationPermissionsResolver,
  OrganizationPeopleResolver,
  PositionResolver,
  ResponsibilityResolver,
  AuthResolver,
  AccountResolver,
  RoleGrantResolver,
  ApiTokenResolver,
  OrganizationAccessResolver,
  AuditResolver,
  TaskResolver,
  TaskAssignmentResolver,
  ProgressReportResolver,
  TaskFollowUpResolver,
  OrganizationTasksResolver,
  OrganizationTaskPermissionsResolver,
  ProgramTasksResolver,
  LegalDocumentResolver,
  ProgramResolver,
  ProgramParticipantResolver,
  ProgramObjectiveResolver,
  ProgramUpdateResolver,
  OrganizationProgramsResolver,
  OrganizationProgramPermissionsResolver,
  MeetingResolver,
  MeetingPartsResolver,
  MeetingMutationResolver,
  MeetingSeriesResolver,
  InvitationResolver,
  ChairResolver,
  MeetingRecordResolver,
  AgendaItemResolver,
  ConclusionResolver,
  TaskMeetingResolver,
  OrganizationMeetingsResolver,
  OrganizationMeetingPermissionsResolver,
  CalendarFeedResolver,
  UserCalendarFeedsResolver,
  PetitionResolver,
  PetitionHandlerResolver,
  OrganizationPetitionsResolver,
  OrganizationPetitionPermissionsResolver,
  ModelResolver,
  ModelAdoptionShareResolver,
  ModelYearStatusResolver,
  ModelCommendationResolver,
  ModelAdoptionResolver,
  OrganizationModelPermissionsResolver,
  SocialCritiqueResolver,
  SupervisionResolver,
  SupervisionRecommendationResolver,
  OrganizationOversightPermissionsResolver,
  ComplexSituationResolver,
  SituationReportResolver,
  OrganizationSituationPermissionsResolver,
  ReportResolver,
  IndicatorValuesResolver,
  IndicatorValueResolver,
  ReportCompletenessResolver,
  MissingReportResolver,
  ReportFormResolver,
  OrganizationReportPermissionsResolver,
];
