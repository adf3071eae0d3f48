import { requireUser, type Context } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import { Person } from '../../people/person.entity.js';
import type { UpdateNotificationPreferencesInput } from '../notification.type.js';
import { NotificationPreference } from '../preference.entity.js';
import { rememberLeads } from '../reminders/reminder-state.js';

const MAX_LEAD_MINUTES = 14 * 24 * 60;

/** Sets the viewer's own notification preferences. */
export async function updateNotificationPreferences(ctx: Context, input: UpdateNotificationPreferencesInput) {
  const { personId } = requireUser(ctx);
  const leads = input.meetingReminderLeadMinutes;
  if (
    leads &&
    (leads.length > 5 || leads.some((m) => !Number.isInteger(m) || m < 1 || m > MAX_LEAD_MINUTES))
  ) {
    throw badInput(
      'meetingReminderLeadMinutes',
      `up to 5 lead times between 1 and ${MAX_LEAD_MINUTES} minutes`,
    );
  }
  const days = input.taskDueSoonDays;
  if (days !== null && days !== undefined && (!Number.isInteger(days) || days < 0 || days > 60)) {
    throw badInput('taskDueSoonDays', 'taskDueSoonDays must be between 0 and 60');
  }
  return inTransaction(ctx, async (em) => {
    const preference =
      (await em.findOne(NotificationPreference, { person: personId })) ??
      em.create(NotificationPreference, { person: em.getReference(Person, personId) });
    if (input.mutedKinds) preference.mutedKinds = [...new Set(input.mutedKinds)];
    if (leads) preference.meetingReminderLeadMinutes = [...new Set(leads)].toSorted((a, b) => b - a);
    if (days !== null && days !== undefined) preference.taskDueSoonDays = days;
    await em.flush();
    await rememberLeads(em, leads ?? [], days ?? null);
    return preference;
  });
}
