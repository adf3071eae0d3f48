import { expect } from 'vitest';
import type { TestUser } from './factories.js';
import type { TestServer } from './server.js';

/** Saves `user`'s notification preferences through the API (so the reminder lead times in use are recorded). */
export async function setPreferences(
  ts: TestServer,
  user: TestUser,
  input: { mutedKinds?: string[]; meetingReminderLeadMinutes?: number[]; taskDueSoonDays?: number },
): Promise<void> {
  const result = await ts.gql(
    `mutation ($input: UpdateNotificationPreferencesInput!) {
       updateNotificationPreferences(input: $input) { preferences { taskDueSoonDays } }
     }`,
    { input },
    user.token,
  );
  expect(result).not.toHaveProperty('errors');
}
