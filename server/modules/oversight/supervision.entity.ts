import { Entity, Enum, Index, ManyToOne, OneToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { Task } from '../tasks/task.entity.js';

/** What a supervision is about. */
export const SupervisionSubjectKind = stringEnum('ORGANIZATION', 'POLICY', 'PERSON');
/** A member of {@link SupervisionSubjectKind}. */
export type SupervisionSubjectKind = EnumMember<typeof SupervisionSubjectKind>;

/**
 * A supervision ("giám sát") by the Front or a socio-political organization
 * (the owner) of an organization, a policy or a person over a period: its
 * findings and recommendations (`SupervisionRecommendation`).
 */
@Entity({ tableName: 'supervision' })
@Index({ properties: ['organization', 'periodStart'] })
@Index({ properties: ['subjectOrganization'] })
@Index({
  name: 'supervision_search_key_trgm',
  expression:
    'create index "supervision_search_key_trgm" on "supervision" using gin ("search_key" gin_trgm_ops)',
})
export class Supervision extends BaseEntity {
  /** The supervising organization. */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Property({ type: 'string', length: 500 })
  title!: string;

  /** `foldForSearch` of title and subject. */
  @Property({ type: 'string', length: 1200 })
  searchKey!: string;

  @Enum({ items: () => SupervisionSubjectKind })
  subjectKind!: SupervisionSubjectKind;

  /** ORGANIZATION: the supervised organization (its recommendations become its tasks). */
  @ManyToOne(() => Organization, { ref: true, nullable: true })
  subjectOrganization: Ref<Organization> | null = null;

  /** PERSON: the supervised person. */
  @ManyToOne(() => Person, { ref: true, nullable: true })
  subjectPerson: Ref<Person> | null = null;

  /** POLICY: the policy's name; otherwise an optional precision. */
  @Property({ type: 'string', length: 500, nullable: true })
  subjectDescription: string | null = null;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  /** The day the findings were concluded (answers come after it). */
  @Property({ type: 'date' })
  concludedOn!: string;

  @Property({ type: 'text' })
  findings!: string;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}

/** One recommendation of a supervision: its answer, and the task it became. */
@Entity({ tableName: 'supervision_recommendation' })
@Unique({ properties: ['supervision', 'position'] })
export class SupervisionRecommendation extends BaseEntity {
  @ManyToOne(() => Supervision, { ref: true })
  supervision!: Ref<Supervision>;

  /** 1, 2, … in the order given. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  content!: string;

  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Property({ type: 'date', nullable: true })
  answeredOn: string | null = null;

  /** The task it became (for the supervised organization), when it did. */
  @OneToOne(() => Task, { ref: true, nullable: true, owner: true, unique: true })
  task: Ref<Task> | null = null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
