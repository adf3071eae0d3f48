/** An organization's latest report on a task. */
export interface LatestReport {
  percent: number;
  reportedOn: string;
}

/**
 * Each organization's latest report among `reports` (newest first, as the API lists them):
 * who has reported and how far, for the organizations assigned the task.
 */
export function latestReportByOrganization(
  reports: readonly { percent: number; reportedOn: string; organization: { id: string } }[],
): Map<string, LatestReport> {
  const latest = new Map<string, LatestReport>();
  for (const report of reports) {
    if (!latest.has(report.organization.id)) latest.set(report.organization.id, report);
  }
  return latest;
}
