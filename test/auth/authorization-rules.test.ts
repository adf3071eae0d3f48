/** Every root field has an authorization rule, and only signing in is public. */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  isInputObjectType,
  isListType,
  isRequiredArgument,
  isRequiredInputField,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { Rule } from '../../server/core/rules.js';
import { ts, useAuthServer } from '../helpers/auth.js';

useAuthServer();

/** The root fields anyone may call, all of them mutations (the first test holds the rules to this list). */
const PUBLIC_MUTATIONS = ['acceptInvitation', 'refreshTokens', 'signIn'];

/** A literal of this input type, with every required field of an input object filled in. */
function literalFor(inputType: GraphQLInputType): string {
  const type = getNullableType(inputType);
  if (isListType(type)) return `[${literalFor(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(isRequiredInputField);
    return `{ ${fields.map((f) => `${f.name}: ${literalFor(f.type)}`).join(', ')} }`;
  }
  if (type.name === 'Int' || type.name === 'Float') return '1';
  if (type.name === 'Boolean') return 'true';
  if (type.name === 'LocalDate') return '"2025-01-01"';
  if (type.name === 'DateTimeISO') return '"2025-01-01T00:00:00.000Z"';
  return '"x"';
}

/** The smallest selection a field of this type accepts (`totalCount` for a connection). */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isObjectType(type) && 'totalCount' in type.getFields()) return ' { totalCount }';
  if (isObjectType(type) || isInterfaceType(type) || isUnionType(type)) return ' { __typename }';
  return '';
}

/** Query, Mutation and Subscription of the running server's schema. */
function rootTypes(): GraphQLObjectType[] {
  const schema = ts.server.schema;
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
    (t): t is GraphQLObjectType => t !== null && t !== undefined,
  );
}

describe('authorization rules', () => {
  it('gives every root field a rule, and only signIn and refreshTokens are PUBLIC', () => {
    const storage = getMetadataStorage();
    const handlers = {
      Query: storage.queries,
      Mutation: storage.mutations,
      Subscription: storage.subscriptions,
    } as const;
    const missing: string[] = [];
    const publicFields: string[] = [];
    let checked = 0;
    for (const type of rootTypes()) {
      const metadata = handlers[type.name as keyof typeof handlers];
      expect(metadata, `root type ${type.name}`).toBeDefined();
      for (const fieldName of Object.keys(type.getFields())) {
        checked++;
        const handler = metadata.filter((h) => h.schemaName === fieldName);
        expect(handler, `${type.name}.${fieldName} resolver metadata`).toHaveLength(1);
        const rule = storage.authorizedFields.find(
          (a) => a.target === handler[0].target && a.fieldName === handler[0].methodName,
        );
        if (!rule || rule.roles.length === 0) {
          missing.push(`${type.name}.${fieldName}`);
          continue;
        }
        for (const role of rule.roles) expect(Object.values(Rule)).toContain(role);
        if (rule.roles.includes(Rule.PUBLIC)) publicFields.push(`${type.name}.${fieldName}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(missing).toEqual([]);
    expect(publicFields.toSorted()).toEqual(PUBLIC_MUTATIONS.map((name) => `Mutation.${name}`));
  });

  it('refuses every non-public root query and mutation without a token', async () => {
    const called: string[] = [];
    const schema = ts.server.schema;
    for (const [operation, type] of [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        if (operation === 'mutation' && PUBLIC_MUTATIONS.includes(field.name)) continue;
        const literals = field.args
          .filter(isRequiredArgument)
          .map((a) => [a.name, literalFor(a.type)] as const);
        const args = literals.length ? `(${literals.map(([n, v]) => `${n}: ${v}`).join(', ')})` : '';
        const text = `${operation} { ${field.name}${args}${selectionFor(field)} }`;
        const result = await ts.gql(text);
        expect(result.status, text).toBeLessThan(500);
        expect(result.errors?.[0]?.extensions?.code, text).toBe('UNAUTHENTICATED');
        // No data for the field (a nullable root field comes back as null next to the error).
        expect(
          (result.data as Record<string, unknown> | null | undefined)?.[field.name] ?? null,
          text,
        ).toBeNull();
        called.push(field.name);
      }
    }
    // Every query whose arguments are all optional must have been called.
    const optionalOnly = Object.values(schema.getQueryType()!.getFields())
      .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
      .map((f) => f.name);
    expect(optionalOnly).toContain('viewer');
    expect(optionalOnly).toContain('organizations');
    for (const name of optionalOnly) expect(called).toContain(name);
    expect(called).toContain('signOut');
    // Arguments of input-object types are built from the schema: no root field is skipped.
    const callable = [schema.getQueryType(), schema.getMutationType()].flatMap((t) =>
      Object.keys(t?.getFields() ?? {}),
    );
    expect(called.toSorted()).toEqual(callable.filter((n) => !PUBLIC_MUTATIONS.includes(n)).toSorted());
  });
});
