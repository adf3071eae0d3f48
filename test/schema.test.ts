import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSchema, printSdl } from '../server/app/schema.js';
import { createEventBus } from '../server/core/pubsub.js';

describe('schema/schema.graphql', () => {
  it('is exactly what the code prints (run `npm run schema:print` after changing the API)', async () => {
    const printed = printSdl(await createSchema(createEventBus()));
    const checkedIn = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(checkedIn).toBe(printed);
  });
});
