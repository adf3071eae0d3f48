import {
  type GraphQLArgument,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeUser, type TestUser } from './helpers/factories.js';
import { useTestServer } from './helpers/server.js';
import { toGlobalId } from '../server/core/ids.js';

/*
 * A walk over the schema: every mutation and every root query with arguments
 * is sent, as a system administrator, with well-typed but meaningless values
 * (IDs that name nothing, negative numbers, far dates, empty lists). Each must
 * answer data or a typed error — never INTERNAL_SERVER_ERROR.
 */

const ts = useTestServer({
  setUp: async () => {
    admin = await makeUser(ts.orm, { isSystemAdmin: true });
  },
});
let admin: TestUser;

/** Sets of meaningless values, one per scalar; each set is sent to every root field. */
const VARIANTS: Record<string, unknown>[] = [
  {
    ID: 'QWJjOjEyMw',
    String: ' x ',
    Int: -1,
    Float: -1e308,
    Boolean: true,
    LocalDate: '2199-12-31',
    DateTimeISO: '1900-01-01T00:00:00Z',
  },
  {
    ID: toGlobalId('Organization', randomUUID()),
    String: '',
    Int: 2 ** 31 - 1,
    Float: 0,
    Boolean: false,
    LocalDate: '1900-01-01',
    DateTimeISO: '2199-12-31T23:59:00Z',
  },
];

/** A well-typed value of `type`: every field filled, lists of one item, the first enum value. */
function sample(type: GraphQLInputType, scalars: Record<string, unknown>, depth = 0): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType, scalars, depth);
  if (type instanceof GraphQLList) return [sample(type.ofType, scalars, depth)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].name;
  if (type instanceof GraphQLScalarType) return scalars[type.name] ?? 'x';
  if (type instanceof GraphQLInputObjectType) {
    if (depth > 3) return {};
    return Object.fromEntries(
      Object.values(type.getFields()).map((f) => [f.name, sample(f.type, scalars, depth + 1)]),
    );
  }
  return null;
}

const declare = (args: readonly GraphQLArgument[]) => args.map((a) => `$${a.name}: ${a.type}`).join(', ');
const pass = (args: readonly GraphQLArgument[]) => args.map((a) => `${a.name}: $${a.name}`).join(', ');

describe('every root field with meaningless but well-typed arguments', () => {
  it.each(VARIANTS.map((scalars, i) => [i, scalars]))(
    'answers data or typed errors (values %i)',
    async (_, scalars) => {
      const schema = ts.server.schema;
      const roots = [
        ['mutation', schema.getMutationType()!],
        ['query', schema.getQueryType()!],
      ] as const;
      const internal: string[] = [];
      for (const [operation, type] of roots) {
        for (const field of Object.values(type.getFields())) {
          if (field.args.length === 0) continue;
          const variables = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type, scalars)]));
          const query = `${operation} (${declare(field.args)}) { ${field.name}(${pass(field.args)}) { __typename } }`;
          const result = await ts.gql(query, variables, admin.token);
          const codes = (result.errors ?? []).map((e) => e.extensions?.code);
          if (codes.includes('INTERNAL_SERVER_ERROR') || result.status >= 500) {
            internal.push(`${field.name}: ${JSON.stringify(result.errors)}`);
          }
        }
      }
      expect(internal).toEqual([]);
    },
  );
});
