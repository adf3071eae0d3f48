/**
 * Plain fields are property reads: an object type's `@Field` properties have no resolver
 * function (graphql-jit compiles them to a property read), its `@FieldResolver`s keep theirs,
 * and a plain field that asks for roles or middlewares is refused when the schema is built.
 * Every `Node` type's `id` is resolved by one plain function (`resolveGlobalIds`).
 */
import { type GraphQLObjectType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../server/app/schema.js';
import { toGlobalId } from '../server/core/ids.js';
import { resolveGlobalIds } from '../server/core/node.js';
import { createEventBus } from '../server/core/pubsub.js';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

describe('plain fields', () => {
  it('are read as properties, while field resolvers keep their resolver', async () => {
    const schema = await createSchema(createEventBus());
    const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
    for (const [type, field] of [
      ['Organization', 'name'],
      ['Task', 'title'],
      ['Task', 'dueOn'],
      ['TaskConnection', 'edges'],
      ['TaskEdge', 'node'],
      ['TaskEdge', 'cursor'],
      ['PageInfo', 'hasNextPage'],
    ]) {
      expect(fields(type)[field].resolve, `${type}.${field}`).toBeUndefined();
    }
    for (const [type, field] of [
      ['Organization', 'id'],
      ['Task', 'assignments'],
      ['CoordinationProgram', 'tasks'],
    ]) {
      expect(fields(type)[field].resolve, `${type}.${field}`).toBeTypeOf('function');
    }
    const objectTypes = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType =>
        isObjectType(type) && !type.name.startsWith('__') && !ROOTS.has(type.name),
    );
    const plain = objectTypes.flatMap((type) => Object.values(type.getFields())).filter((f) => !f.resolve);
    expect(plain.length).toBeGreaterThan(300);
  });

  it('gives every Node type its global id, from the record’s database id', async () => {
    const schema = await createSchema(createEventBus());
    const nodes = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType =>
        isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'),
    );
    expect(nodes.length).toBeGreaterThan(30);
    const id = '5f0c6a1e-8d2b-4c3a-9e1f-0a1b2c3d4e5f';
    for (const type of nodes) {
      const resolve = type.getFields().id.resolve!;
      expect(resolve({ id }, {}, {}, {} as never), type.name).toBe(toGlobalId(type.name, id));
    }
    // A Node type whose id already has a resolver (here: the one just set) is refused, not overridden.
    expect(() => resolveGlobalIds(schema)).toThrow(
      /\.id has a resolver: Node ids are resolved by resolveGlobalIds/,
    );
  });

  it('refuses a plain field guarded by roles, naming it', async () => {
    const storage = getMetadataStorage();
    const title = storage.fields.find((f) => f.name === 'title' && f.target.name.startsWith('Task'));
    expect(title).toBeDefined();
    storage.authorizedFields.push({ target: title!.target, fieldName: 'title', roles: ['ADMIN'] });
    try {
      await expect(createSchema(createEventBus())).rejects.toThrow(/\.title: a plain field cannot have/);
    } finally {
      storage.authorizedFields.pop();
    }
  });
});
