import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import { authorize } from '../../../core/policy.js';
import { assertDateOrder } from '../../../core/scalars.js';
import { cleanText, foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { loadNamedActiveOrganization } from '../../programs/commands/load.js';
import { SituationReport } from '../situation.entity.js';
import { MAX_SITUATION_TEXT, type ReportSituationInput } from '../situation.inputs.js';
import { situationOrganizationPolicy } from '../situation.policy.js';
import { publishSituationChanged } from './publish.js';

/** The flagged issues as stored: each cleaned, none blank (BAD_USER_INPUT on `flaggedIssues`). */
function cleanIssues(issues: readonly string[]): string[] {
  return issues.map((issue) => {
    const cleaned = cleanText(issue, 'flaggedIssues', MAX_SITUATION_TEXT);
    if (!cleaned) throw badInput('flaggedIssues', 'flaggedIssues must not be empty');
    return cleaned;
  });
}

/**
 * Files an organization's report on the situation of the people for a
 * period (in order), by theme, with flagged issues. One report per
 * organization and period (CONFLICT for a second).
 */
export async function reportSituation(ctx: Context, input: ReportSituationInput): Promise<SituationReport> {
  assertDateOrder(input.periodStart, input.periodEnd, 'periodEnd');
  const flaggedIssues = cleanIssues(input.flaggedIssues ?? []);
  const themes = input.themes.map(({ theme, text }) => ({ theme, text }));
  return inTransaction(ctx, async (em) => {
    const organization = await loadNamedActiveOrganization(em, input.organizationId, 'organizationId');
    await authorize(ctx, situationOrganizationPolicy, 'reportSituation', organization);
    const period = { organization, periodStart: input.periodStart, periodEnd: input.periodEnd };
    if (await em.count(SituationReport, period)) {
      throw conflict('this organization has already reported for this period', { field: 'periodStart' });
    }
    const report = em.create(SituationReport, {
      ...period,
      themes,
      flaggedIssues,
      searchKey: foldForSearch([...themes.flatMap((t) => [t.theme, t.text]), ...flaggedIssues].join(' ')),
    });
    await em.flush();
    publishSituationChanged(em, 'SituationReport', report.id, [organization.id], 'REPORTED');
    return report;
  });
}
