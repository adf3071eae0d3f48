import { paths } from '../../app/paths';

/** The page of the record a notification is about, when the client has one. */
export function notificationLink(subjectType: string, subjectId: string): string | null {
  if (subjectType === 'Task') return paths.task(subjectId);
  if (subjectType === 'Meeting') return paths.meeting(subjectId);
  if (subjectType === 'CoordinationProgram') return paths.program(subjectId);
  if (subjectType === 'Petition') return paths.petition(subjectId);
  if (subjectType === 'MassMobilizationModel') return paths.model(subjectId);
  if (subjectType === 'ReportSubmission') return paths.reportSubmission(subjectId);
  // A reminder about a form (due soon, overdue) leads to the organization's reports.
  if (subjectType === 'ReportForm') return paths.reports;
  // Complex situations have no page of their own: their list.
  if (subjectType === 'ComplexSituation') return paths.situations;
  return null;
}
