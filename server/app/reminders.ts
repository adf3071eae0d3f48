/**
 * The reminders of every module: each module's reminder source registers
 * itself with the notifications module's scheduler when loaded here (the
 * notifications module names none of them). Run ticks through this file's
 * exports, so that every source is registered before the first tick.
 */
import '../modules/meetings/meeting.reminders.js';
import '../modules/petitions/petition.reminders.js';
import '../modules/reports/report.reminders.js';
import '../modules/tasks/task.reminders.js';
// Changed subjects are queued for the next tick, in the changing transactions.
import '../modules/notifications/reminders/reminder-state.js';

export { runReminders, startReminderScheduler } from '../modules/notifications/reminders/scheduler.js';
