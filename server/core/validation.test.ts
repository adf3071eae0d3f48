import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Name, Search, Text } from './text.js';
import { badTextError, findBadText, textProblem, validateArgument } from './validation.js';

class Item {
  @Name({ max: 5 })
  title!: string;
}

class Input {
  @Name()
  name!: string;

  @Name({ required: false })
  shortName?: string | null;

  @Text({ max: 20 })
  note?: string | null;

  @Search()
  search?: string | null;

  items?: Item[];
}

const make = <T extends object>(type: new () => T, values: Partial<T>): T =>
  Object.assign(new type(), values);
const failure = async (value: unknown) => {
  try {
    await validateArgument(value, Object, {} as never);
    return null;
  } catch (error) {
    return { code: (error as { code?: string }).code, ...(error as { details?: object }).details };
  }
};

describe('textProblem and findBadText', () => {
  it('refuses NUL and unpaired surrogates, accepts paired ones', () => {
    expect(textProblem('Lạng Sơn 😀')).toBeNull();
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('a\ud800b')).toMatch(/surrogate/);
    expect(textProblem('\udc00')).toMatch(/surrogate/);
  });

  it('finds a bad string at any depth, in keys too, without recursion', () => {
    expect(findBadText({ a: [1, { b: 'x\u0000' }] }, '$')).toEqual({
      path: '$.a.1.b',
      problem: expect.any(String),
    });
    expect(findBadText({ ['k\ud800']: 1 })?.problem).toMatch(/key/);
    let deep: unknown = 'ok';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findBadText(deep)).toBeNull();
  });

  it('reports a bad literal in a document', () => {
    expect(badTextError(parse('{ a(s: "x\\u0000") }'), {})?.extensions.code).toBe('BAD_USER_INPUT');
    expect(badTextError(parse('{ a(s: "x") }'), { v: 'ok' })).toBeNull();
    // A parsed document is checked once and its finding kept: the same document is refused again,
    // and a clean document still has its variables checked.
    const bad = parse('{ a(s: "x\\u0000") }');
    const clean = parse('{ a(s: "x") }');
    for (let i = 0; i < 2; i++) {
      expect(badTextError(bad, {})?.message).toMatch(/^string at line 1/);
      expect(badTextError(clean, { v: 'ok' })).toBeNull();
    }
    expect(badTextError(clean, { v: 'x\u0000' })?.message).toMatch(/^variable \$v/);
  });
});

describe('validateArgument with @Name, @Text and @Search', () => {
  it('normalizes in place: NFC, white space, blank optional to null', async () => {
    const input = make(Input, {
      name: '  Nguye\u0302\u0303n \t Lan ',
      shortName: '   ',
      note: ' dòng 1\r\ndòng 2 ',
      search: '  lang   son ',
    });
    expect(await failure(input)).toBeNull();
    expect(input).toMatchObject({
      name: 'Nguyễn Lan',
      shortName: null,
      note: 'dòng 1\ndòng 2',
      search: 'lang son',
    });
  });

  it('refuses a blank required name and a too long text, naming the field', async () => {
    expect(await failure(make(Input, { name: ' ' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await failure(make(Input, { name: 'a', note: 'x'.repeat(21) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
  });

  it('checks nested input objects and list items without @ValidateNested', async () => {
    const input = make(Input, {
      name: 'a',
      items: [make(Item, { title: 'ok' }), make(Item, { title: 'too long' })],
    });
    expect(await failure(input)).toEqual({ code: 'BAD_USER_INPUT', field: 'items.title' });
    expect(await failure([make(Item, { title: ' a ' })])).toBeNull();
  });

  it('passes scalars and null through', async () => {
    expect(await failure('text')).toBeNull();
    expect(await failure(null)).toBeNull();
    expect(await failure(new Date())).toBeNull();
  });
});
