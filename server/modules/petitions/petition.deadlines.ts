import { badInput } from '../../core/errors.js';
import { PetitionKind } from './petition.entity.js';

/** How long the handler has to settle a petition of one kind, in days from acceptance ("thụ lý"). */
export interface PetitionTimeLimit {
  /** Days from acceptance. */
  days: number;
  /** Days for a complex case, when the law gives longer. */
  complexDays: number;
  /** Extensions allowed, and the days each adds. */
  extensions: number;
  extensionDays: number;
}

/**
 * The time limits per kind of petition: the defaults the law sets, in one
 * place to configure.
 *
 * - COMPLAINT: Law on Complaints 2011 (Luật Khiếu nại số 02/2011/QH13), art. 28 —
 *   a first settlement within 30 days from acceptance, 45 for a complex case
 *   (45 / 60 in remote areas: configure here).
 * - DENUNCIATION: Law on Denunciations 2018 (Luật Tố cáo số 25/2018/QH14), art. 30 —
 *   within 30 days from acceptance; for a complex case the time may be extended
 *   once by up to 30 days.
 * - RECOMMENDATION, FEEDBACK: 15 days, the usual time limit for answering a
 *   kiến nghị / phản ánh (Law on Citizen Reception 2013 and its guidance).
 */
export const PETITION_TIME_LIMITS: Record<PetitionKind, PetitionTimeLimit> = {
  [PetitionKind.COMPLAINT]: { days: 30, complexDays: 45, extensions: 0, extensionDays: 0 },
  [PetitionKind.DENUNCIATION]: { days: 30, complexDays: 30, extensions: 1, extensionDays: 30 },
  [PetitionKind.RECOMMENDATION]: { days: 15, complexDays: 15, extensions: 0, extensionDays: 0 },
  [PetitionKind.FEEDBACK]: { days: 15, complexDays: 15, extensions: 0, extensionDays: 0 },
};

/** `date` (`YYYY-MM-DD`) plus `days`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw badInput('date', `${date} is not a date`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The due date of a petition of `kind` accepted on `acceptedOn`. */
export function dueOnFor(kind: PetitionKind, acceptedOn: string, complex: boolean): string {
  const limit = PETITION_TIME_LIMITS[kind];
  return addDays(acceptedOn, complex ? limit.complexDays : limit.days);
}
