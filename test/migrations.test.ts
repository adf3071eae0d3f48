import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { entities } from '../server/app/entities.js';
import { connectOrm } from '../server/core/db/orm.js';
import { migrateFreshDatabase, onServer } from './helpers/databases.js';

describe('migrations', () => {
  it('build the whole schema from an empty database, leaving no difference with the entities', async () => {
    const name = `${inject('templateDatabase')}_m${randomUUID().slice(0, 6)}`;
    const url = await migrateFreshDatabase(inject('adminUrl'), name);
    const orm = await connectOrm(url, entities);
    try {
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim(), 'entities changed without a migration: run `npm run migration:create`').toBe('');
      expect(await orm.migrator.getPending()).toEqual([]);
    } finally {
      await orm.close();
      await onServer(inject('adminUrl'), `drop database "${name}" with (force)`);
    }
  });
});
