import type { Context } from '../../../core/context.js';
import { badInput, notFound } from '../../../core/errors.js';
import { optionalGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { assertDateOrder } from '../../../core/scalars.js';
import { cleanText, foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { Person } from '../../people/person.entity.js';
import { MAX_TEXT, type RecordSupervisionInput } from '../oversight.inputs.js';
import { oversightOrganizationPolicy } from '../oversight.policy.js';
import { Supervision, SupervisionRecommendation, SupervisionSubjectKind } from '../supervision.entity.js';
import { loadNamedActiveOrganization } from '../../programs/commands/load.js';
import { publishOversightChanged } from './publish.js';

/** Checks that the subject fields fit the kind: exactly the one it needs, none it does not. */
function checkSubject(input: RecordSupervisionInput): void {
  const kind = input.subjectKind;
  const needs = (field: keyof RecordSupervisionInput, needed: boolean) => {
    if (needed && !input[field])
      throw badInput(field, `a supervision of a ${kind.toLowerCase()} names it in ${field}`);
    if (!needed && input[field] && field !== 'subjectDescription') {
      throw badInput(field, `a supervision of a ${kind.toLowerCase()} has no ${field}`);
    }
  };
  needs('subjectOrganizationId', kind === SupervisionSubjectKind.ORGANIZATION);
  needs('subjectPersonId', kind === SupervisionSubjectKind.PERSON);
  needs('subjectDescription', kind === SupervisionSubjectKind.POLICY);
}

/** The recommendations as stored: each cleaned and not blank (BAD_USER_INPUT on `recommendations`). */
function cleanRecommendations(texts: string[]): string[] {
  return texts.map((text) => {
    const cleaned = cleanText(text, 'recommendations', MAX_TEXT);
    if (!cleaned) throw badInput('recommendations', 'recommendations must not be empty');
    return cleaned;
  });
}

/**
 * Records a supervision by an organization (the viewer needs COORDINATOR
 * there) of an organization, a policy or a person over a period (in order;
 * concluded not before it starts), with its findings and recommendations.
 */
export async function recordSupervision(ctx: Context, input: RecordSupervisionInput): Promise<Supervision> {
  checkSubject(input);
  assertDateOrder(input.periodStart, input.periodEnd, 'periodEnd');
  assertDateOrder(input.periodStart, input.concludedOn, 'concludedOn');
  const recommendations = cleanRecommendations(input.recommendations);
  const personId = optionalGlobalId(input.subjectPersonId, 'Person', 'subjectPersonId');
  return inTransaction(ctx, async (em) => {
    const organization = await loadNamedActiveOrganization(em, input.organizationId, 'organizationId');
    await authorize(ctx, oversightOrganizationPolicy, 'recordSupervision', organization);
    const subjectOrganization = input.subjectOrganizationId
      ? await loadNamedActiveOrganization(em, input.subjectOrganizationId, 'subjectOrganizationId')
      : null;
    const subjectPerson = personId ? await em.findOne(Person, personId) : null;
    if (personId && !subjectPerson) throw notFound('Person', input.subjectPersonId ?? undefined);
    const subject = subjectOrganization?.name ?? subjectPerson?.fullName ?? '';
    const supervision = em.create(Supervision, {
      organization,
      title: input.title,
      searchKey: foldForSearch(`${input.title} ${subject} ${input.subjectDescription ?? ''}`),
      subjectKind: input.subjectKind,
      subjectOrganization,
      subjectPerson,
      subjectDescription: input.subjectDescription ?? null,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      concludedOn: input.concludedOn,
      findings: input.findings,
    });
    recommendations.forEach((content, i) => {
      em.create(SupervisionRecommendation, { supervision, position: i + 1, content });
    });
    await em.flush();
    publishOversightChanged(
      em,
      'Supervision',
      supervision.id,
      [organization.id, subjectOrganization?.id ?? null],
      'RECORDED',
    );
    return supervision;
  });
}
