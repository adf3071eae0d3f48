/**
 * Field resolvers that need nothing of type-graphql's per-call machinery are
 * called directly (decision 032); those with arguments to convert, a root to
 * convert, roles or middlewares keep type-graphql's resolver.
 */
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { callFieldResolversDirectly } from '../server/app/direct-field-resolvers.js';
import { createSchema } from '../server/app/schema.js';
import { createEventBus } from '../server/core/pubsub.js';

describe('direct field resolvers', () => {
  it('are the hot fields of the pages, and leave fields with converted arguments to type-graphql', async () => {
    const schema = await createSchema(createEventBus());
    const direct = callFieldResolversDirectly(schema);
    for (const field of [
      'TaskAssignment.organization',
      'Task.assignments',
      'Task.leadAssignment',
      'ProgramParticipant.organization',
      'CoordinationProgram.owner',
      'CoordinationProgram.leadOrganization',
      'CoordinationProgram.participants',
    ]) {
      expect(direct, field).toContain(field);
    }
    // `tasks(first, after, filter, orderBy)`: its `@Args` class is converted and validated by type-graphql.
    expect(direct).not.toContain('CoordinationProgram.tasks');
    const storage = getMetadataStorage();
    const guarded = storage.fieldResolvers.filter((f) => f.roles?.length || f.middlewares?.length);
    for (const f of guarded) expect(direct).not.toContain(`${f.getObjectType?.().name}.${f.schemaName}`);
  });
});
