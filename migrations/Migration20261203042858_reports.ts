import { Migration } from '@mikro-orm/migrations';

/**
 * Periodic reports (issue 16): indicators, validation rules between them, report forms
 * with who must submit them, submissions (versioned) and their values; seeds the
 * platform's indicators and rules.
 */
export class Migration20261203042858_reports extends Migration {

  override name = 'Migration20261203042858_reports';

  override up(): void | Promise<void> {
    this.addSql(`create table "report_form" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(64) not null, "name" varchar(300) not null, "name_en" varchar(300) null, "period_type" text not null, "deadline_days" int not null, "owner_id" uuid null, "approver_id" uuid null, "active" boolean not null default true, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "report_form" add constraint "report_form_code_unique" unique ("code");`);

    this.addSql(`create table "report_form_requirement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "form_id" uuid not null, "organization_kind" text not null, "area_level" text not null, primary key ("id"));`);
    this.addSql(`create index "report_form_requirement_organization_kind_area_level_index" on "report_form_requirement" ("organization_kind", "area_level");`);
    this.addSql(`alter table "report_form_requirement" add constraint "report_form_requirement_form_id_organization_kind_86e3a_unique" unique ("form_id", "organization_kind", "area_level");`);

    this.addSql(`create table "report_indicator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(64) not null, "name_vi" varchar(300) not null, "name_en" varchar(300) not null, "unit" text not null, "source" text not null, "aggregation" text not null default 'SUM', "numerator_code" varchar(64) null, "denominator_code" varchar(64) null, "description" text null, "owner_id" uuid null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "report_indicator" add constraint "report_indicator_code_unique" unique ("code");`);

    this.addSql(`create table "report_form_indicator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "form_id" uuid not null, "indicator_id" uuid not null, "position" int not null, "section" varchar(300) null, primary key ("id"));`);
    this.addSql(`create index "report_form_indicator_indicator_id_index" on "report_form_indicator" ("indicator_id");`);
    this.addSql(`alter table "report_form_indicator" add constraint "report_form_indicator_form_id_indicator_id_unique" unique ("form_id", "indicator_id");`);

    this.addSql(`create table "report_validation_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(64) not null, "name_vi" varchar(300) not null, "name_en" varchar(300) not null, "left_codes" text[] not null, "operator" text not null, "right_codes" text[] not null, primary key ("id"));`);
    this.addSql(`alter table "report_validation_rule" add constraint "report_validation_rule_code_unique" unique ("code");`);

    this.addSql(`create table "report_submission" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "form_id" uuid not null, "organization_id" uuid not null, "area_id" uuid not null, "period_key" varchar(16) not null, "period_start" date not null, "period_end" date not null, "due_on" date not null, "revision" int not null default 1, "current" boolean not null default true, "status" text not null default 'DRAFT', "corrects_id" uuid null, "correction_reason" text null, "submitted_at" timestamptz null, "submitted_by_id" uuid null, "approved_at" timestamptz null, "approved_by_id" uuid null, "returned_at" timestamptz null, "returned_by_id" uuid null, "return_comment" text null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "report_submission_area_id_index" on "report_submission" ("area_id");`);
    this.addSql(`create unique index "report_submission_one_current" on "report_submission" ("form_id", "organization_id", "period_key") where "current";`);
    this.addSql(`create index "report_submission_organization_id_period_key_index" on "report_submission" ("organization_id", "period_key");`);
    this.addSql(`create index "report_submission_form_id_period_key_status_index" on "report_submission" ("form_id", "period_key", "status");`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_form_id_organization_id_period__c1afa_unique" unique ("form_id", "organization_id", "period_key", "revision");`);

    this.addSql(`create table "report_value" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "submission_id" uuid not null, "indicator_id" uuid not null, "value" double precision not null, "source" text not null, primary key ("id"));`);
    this.addSql(`create index "report_value_indicator_id_index" on "report_value" ("indicator_id");`);
    this.addSql(`alter table "report_value" add constraint "report_value_submission_id_indicator_id_unique" unique ("submission_id", "indicator_id");`);

    this.addSql(`alter table "report_form" add constraint "report_form_owner_id_foreign" foreign key ("owner_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "report_form" add constraint "report_form_approver_id_foreign" foreign key ("approver_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "report_form" add constraint "report_form_period_type_check" check ("period_type" in ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'));`);

    this.addSql(`alter table "report_form_requirement" add constraint "report_form_requirement_form_id_foreign" foreign key ("form_id") references "report_form" ("id");`);
    this.addSql(`alter table "report_form_requirement" add constraint "report_form_requirement_organization_kind_check" check ("organization_kind" in ('PARTY_COMMITTEE', 'PARTY_STANDING_COMMITTEE', 'MASS_MOBILIZATION_COMMISSION', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'STATE_AGENCY', 'ARMED_FORCES', 'FATHERLAND_FRONT', 'SOCIO_POLITICAL_ORG', 'GRASSROOTS_BODY'));`);
    this.addSql(`alter table "report_form_requirement" add constraint "report_form_requirement_area_level_check" check ("area_level" in ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE'));`);

    this.addSql(`alter table "report_indicator" add constraint "report_indicator_owner_id_foreign" foreign key ("owner_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "report_indicator" add constraint "report_indicator_unit_check" check ("unit" in ('COUNT', 'PEOPLE', 'PERCENT', 'RATIO'));`);
    this.addSql(`alter table "report_indicator" add constraint "report_indicator_source_check" check ("source" in ('COUNTED', 'ENTERED', 'DERIVED'));`);
    this.addSql(`alter table "report_indicator" add constraint "report_indicator_aggregation_check" check ("aggregation" in ('SUM', 'RATIO'));`);

    this.addSql(`alter table "report_form_indicator" add constraint "report_form_indicator_form_id_foreign" foreign key ("form_id") references "report_form" ("id");`);
    this.addSql(`alter table "report_form_indicator" add constraint "report_form_indicator_indicator_id_foreign" foreign key ("indicator_id") references "report_indicator" ("id");`);

    this.addSql(`alter table "report_validation_rule" add constraint "report_validation_rule_operator_check" check ("operator" in ('LTE', 'EQ', 'GTE'));`);

    this.addSql(`alter table "report_submission" add constraint "report_submission_form_id_foreign" foreign key ("form_id") references "report_form" ("id");`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_area_id_foreign" foreign key ("area_id") references "administrative_area" ("id");`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_corrects_id_foreign" foreign key ("corrects_id") references "report_submission" ("id") on delete set null;`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_returned_by_id_foreign" foreign key ("returned_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'));`);

    this.addSql(`alter table "report_value" add constraint "report_value_submission_id_foreign" foreign key ("submission_id") references "report_submission" ("id");`);
    this.addSql(`alter table "report_value" add constraint "report_value_indicator_id_foreign" foreign key ("indicator_id") references "report_indicator" ("id");`);
    this.addSql(`alter table "report_value" add constraint "report_value_source_check" check ("source" in ('COUNTED', 'ENTERED', 'DERIVED'));`);

    this.addSql(`insert into "report_indicator" ("id", "created_at", "updated_at", "code", "name_vi", "name_en", "unit", "source", "aggregation", "numerator_code", "denominator_code") values
      (gen_random_uuid(), now(), now(), 'DIALOGUES_HELD', 'Số cuộc đối thoại với Nhân dân đã tổ chức', 'Dialogues with the people held', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'DIALOGUES_CHAIRED_BY_HEAD', 'Số cuộc đối thoại do người đứng đầu chủ trì', 'Dialogues chaired by the head', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'CITIZEN_RECEPTIONS_HELD', 'Số buổi tiếp công dân', 'Citizen reception sessions held', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'PETITIONS_RECEIVED', 'Tổng số đơn thư tiếp nhận', 'Petitions received', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'PETITIONS_COMPLAINTS_RECEIVED', 'Số đơn khiếu nại tiếp nhận', 'Complaints received', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'PETITIONS_DENUNCIATIONS_RECEIVED', 'Số đơn tố cáo tiếp nhận', 'Denunciations received', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'PETITIONS_RECOMMENDATIONS_RECEIVED', 'Số đơn kiến nghị tiếp nhận', 'Recommendations received', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'PETITIONS_FEEDBACK_RECEIVED', 'Số đơn phản ánh tiếp nhận', 'Feedback received', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'PETITIONS_IN_JURISDICTION_RECEIVED', 'Số đơn thuộc thẩm quyền tiếp nhận', 'Petitions received within jurisdiction', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'PETITIONS_IN_JURISDICTION_RESOLVED', 'Số đơn thuộc thẩm quyền đã giải quyết', 'Petitions within jurisdiction resolved', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'PETITIONS_RESOLUTION_RATE', 'Tỷ lệ giải quyết đơn thuộc thẩm quyền', 'Resolution rate within jurisdiction', 'PERCENT', 'DERIVED', 'RATIO', 'PETITIONS_IN_JURISDICTION_RESOLVED', 'PETITIONS_IN_JURISDICTION_RECEIVED'),
      (gen_random_uuid(), now(), now(), 'MODELS_REGISTERED', 'Số mô hình "Dân vận khéo" đăng ký', '"Skilled mass mobilization" models registered', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'MODELS_NEW', 'Số mô hình đăng ký mới', 'New models', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'MODELS_MAINTAINED', 'Số mô hình duy trì', 'Models maintained', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'MODELS_COMMENDED', 'Số mô hình được khen thưởng', 'Models commended', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'MODELS_REPLICATED', 'Số mô hình được nhân rộng', 'Models replicated', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'COMMUNES_FRIENDLY_GOVERNMENT', 'Số xã thực hiện mô hình "Chính quyền thân thiện"', 'Communes with the friendly-government model', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'COMMUNES_TOTAL', 'Tổng số xã', 'Communes', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'FRIENDLY_GOVERNMENT_RATE', 'Tỷ lệ xã thực hiện mô hình "Chính quyền thân thiện"', 'Share of communes with the friendly-government model', 'PERCENT', 'DERIVED', 'RATIO', 'COMMUNES_FRIENDLY_GOVERNMENT', 'COMMUNES_TOTAL'),
      (gen_random_uuid(), now(), now(), 'CRITIQUES_HELD', 'Số văn bản dự thảo được phản biện xã hội', 'Draft documents critiqued', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'CRITIQUE_OPINIONS', 'Số ý kiến phản biện', 'Critique opinions', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'SUPERVISION_RECOMMENDATIONS_MADE', 'Số kiến nghị sau giám sát', 'Supervision recommendations made', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'SUPERVISION_RECOMMENDATIONS_ANSWERED', 'Số kiến nghị sau giám sát đã được trả lời', 'Supervision recommendations answered', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'SUPERVISION_ANSWER_RATE', 'Tỷ lệ kiến nghị giám sát được trả lời', 'Share of supervision recommendations answered', 'PERCENT', 'DERIVED', 'RATIO', 'SUPERVISION_RECOMMENDATIONS_ANSWERED', 'SUPERVISION_RECOMMENDATIONS_MADE'),
      (gen_random_uuid(), now(), now(), 'TASKS_DUE', 'Số nhiệm vụ đến hạn', 'Tasks due', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'TASKS_DONE_ON_TIME', 'Số nhiệm vụ hoàn thành đúng hạn', 'Tasks done on time', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'TASKS_ON_TIME_RATE', 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn', 'Share of tasks done on time', 'PERCENT', 'DERIVED', 'RATIO', 'TASKS_DONE_ON_TIME', 'TASKS_DUE'),
      (gen_random_uuid(), now(), now(), 'PROGRAMS_ACTIVE', 'Số chương trình phối hợp đang thực hiện', 'Coordination programs active', 'COUNT', 'COUNTED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'PROPAGANDA_SESSIONS', 'Số buổi tuyên truyền', 'Propaganda sessions', 'COUNT', 'ENTERED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'PROPAGANDA_PARTICIPANTS', 'Số lượt người tham dự tuyên truyền', 'Propaganda participants', 'PEOPLE', 'ENTERED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'MEDIATION_TEAMS', 'Số tổ hòa giải', 'Mediation teams', 'COUNT', 'ENTERED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'MEDIATORS', 'Số hòa giải viên', 'Mediators', 'PEOPLE', 'ENTERED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'INSPECTION_BOARDS', 'Số Ban Thanh tra nhân dân', 'People''s Inspection Boards', 'COUNT', 'ENTERED', 'SUM', null, null),
      (gen_random_uuid(), now(), now(), 'INSPECTION_BOARD_MEMBERS', 'Số thành viên Ban Thanh tra nhân dân', 'People''s Inspection Board members', 'PEOPLE', 'ENTERED', 'SUM', null, null);`);
    this.addSql(`insert into "report_validation_rule" ("id", "created_at", "updated_at", "code", "name_vi", "name_en", "left_codes", "operator", "right_codes") values
      (gen_random_uuid(), now(), now(), 'PETITIONS_RESOLVED_NOT_ABOVE_RECEIVED', 'Số đơn đã giải quyết không vượt quá số đơn thuộc thẩm quyền tiếp nhận', 'Petitions resolved do not exceed petitions received within jurisdiction', '{PETITIONS_IN_JURISDICTION_RESOLVED}', 'LTE', '{PETITIONS_IN_JURISDICTION_RECEIVED}'),
      (gen_random_uuid(), now(), now(), 'MODELS_MAINTAINED_PLUS_NEW_EQUAL_REGISTERED', 'Số mô hình duy trì cộng mô hình mới bằng số mô hình đăng ký', 'Models maintained plus new models equal models registered', '{MODELS_MAINTAINED,MODELS_NEW}', 'EQ', '{MODELS_REGISTERED}'),
      (gen_random_uuid(), now(), now(), 'INSPECTION_MEMBERS_NOT_BELOW_BOARDS', 'Số thành viên Ban Thanh tra nhân dân không ít hơn số Ban', 'People''s Inspection Board members are at least the number of boards', '{INSPECTION_BOARD_MEMBERS}', 'GTE', '{INSPECTION_BOARDS}'),
      (gen_random_uuid(), now(), now(), 'MEDIATORS_NOT_BELOW_TEAMS', 'Số hòa giải viên không ít hơn số tổ hòa giải', 'Mediators are at least the number of mediation teams', '{MEDIATORS}', 'GTE', '{MEDIATION_TEAMS}');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "report_form_requirement" drop constraint "report_form_requirement_form_id_foreign";`);
    this.addSql(`alter table "report_form_indicator" drop constraint "report_form_indicator_form_id_foreign";`);
    this.addSql(`alter table "report_submission" drop constraint "report_submission_form_id_foreign";`);
    this.addSql(`alter table "report_form_indicator" drop constraint "report_form_indicator_indicator_id_foreign";`);
    this.addSql(`alter table "report_value" drop constraint "report_value_indicator_id_foreign";`);
    this.addSql(`alter table "report_submission" drop constraint "report_submission_corrects_id_foreign";`);
    this.addSql(`alter table "report_value" drop constraint "report_value_submission_id_foreign";`);

    this.addSql(`drop table if exists "report_form" cascade;`);
    this.addSql(`drop table if exists "report_form_requirement" cascade;`);
    this.addSql(`drop table if exists "report_indicator" cascade;`);
    this.addSql(`drop table if exists "report_form_indicator" cascade;`);
    this.addSql(`drop table if exists "report_validation_rule" cascade;`);
    this.addSql(`drop table if exists "report_submission" cascade;`);
    this.addSql(`drop table if exists "report_value" cascade;`);
  }

}
