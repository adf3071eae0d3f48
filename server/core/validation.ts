import { validate, type ValidationError } from 'class-validator';
import { type DocumentNode, GraphQLError, visit } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { badInput } from './errors.js';

/**
 * Input checks that hold for every string the API receives, whatever field it
 * is bound for: no NUL character (PostgreSQL's text types cannot store it) and
 * no unpaired UTF-16 surrogate (not a character: it cannot be encoded as
 * UTF-8 or JSON). They run on the raw request — variables and the document's
 * string literals — before any resolver, so no argument, input field or
 * scalar can be forgotten.
 */

/** Why `text` is refused, or null when it is acceptable. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character';
  // With the `u` flag a surrogate pair reads as one code point, so only unpaired ones match.
  if (/\p{Cs}/u.test(text)) return 'contains an unpaired surrogate (not valid Unicode)';
  return null;
}

/** Where a refused string sits in a value (`input.items.2.title`), and why. */
export interface TextFinding {
  path: string;
  problem: string;
}

/**
 * The first string inside `value` — itself, an array item, an object key or
 * property, at any depth — that `textProblem` refuses; null when there is none.
 * Walks with an explicit stack, so a deeply nested JSON value cannot overflow.
 */
export function findBadText(value: unknown, path = ''): TextFinding | null {
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length > 0) {
    const [current, at] = stack.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) return { path: at, problem };
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push([item, `${at}.${i}`]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const problem = textProblem(key);
        if (problem) return { path: at, problem: `a key ${problem}` };
        stack.push([item, `${at}.${key}`]);
      }
    }
  }
  return null;
}

/** `findBadLiteral`'s answer per parsed document: Apollo parses a query text once and reuses it. */
const literalFindings = new WeakMap<DocumentNode, TextFinding | null>();

/** The first string literal of `document` that `textProblem` refuses, as a finding; walked once per document. */
function findBadLiteral(document: DocumentNode): TextFinding | null {
  let found = literalFindings.get(document);
  if (found === undefined) literalFindings.set(document, (found = walkLiterals(document)));
  return found;
}

function walkLiterals(document: DocumentNode): TextFinding | null {
  let found: TextFinding | null = null;
  visit(document, {
    StringValue(node) {
      const problem = found ? null : textProblem(node.value);
      if (problem) found = { path: `line ${node.loc?.startToken.line ?? '?'}`, problem };
    },
  });
  return found;
}

/**
 * The `BAD_USER_INPUT` error (HTTP 400) for the first refused string in a
 * request's variables or document, or null when every string is acceptable.
 */
export function badTextError(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const inVariables = findBadText(variables ?? {}, '$');
  const finding = inVariables ?? findBadLiteral(document);
  if (!finding) return null;
  const where = inVariables ? `variable ${finding.path.replace(/^\$\./, '$')}` : `string at ${finding.path}`;
  return new GraphQLError(`${where} ${finding.problem}`, {
    extensions: { code: 'BAD_USER_INPUT', field: where, http: { status: 400 } },
  });
}

/** The first failed constraint of `errors` (depth first), with its property path. */
function firstFailure(errors: ValidationError[], prefix: string): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return { field, message };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

const CLASS_VALIDATOR_OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false } as const;

/**
 * type-graphql's `validateFn`, run on every argument before its resolver: runs
 * class-validator on every input object inside the argument, at any depth
 * (nested inputs and list items need no `@ValidateNested`, so none is
 * forgotten). Decorators such as `@Name` and `@Text` normalize fields in place.
 * The first failure becomes `BAD_USER_INPUT` naming the field
 * (`items.title`; list positions are left out).
 */
export const validateArgument: ValidatorFn = async (value) => {
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (Array.isArray(current)) {
      for (const item of current) stack.push([item, path]);
    } else if (current !== null && typeof current === 'object' && !(current instanceof Date)) {
      const failure = firstFailure(await validate(current, CLASS_VALIDATOR_OPTIONS), path);
      if (failure) throw badInput(failure.field, failure.message);
      for (const [key, item] of Object.entries(current)) stack.push([item, path ? `${path}.${key}` : key]);
    }
  }
};
