/**
 * The web client's locale files: English must say everything Vietnamese says (the client's
 * TypeScript types check each key used against vi.json), and plural forms must exist for
 * each language's plural rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../server/core/db/orm.js';

type Tree = { [key: string]: string | Tree };

const load = (language: string): Tree =>
  JSON.parse(readFileSync(path.join(projectRoot, 'client/src/locales', `${language}.json`), 'utf8'));

/** Every leaf key, dotted, with i18next's plural suffixes (`_one`, `_other`, …) folded away. */
function keys(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const dotted = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') out.add(dotted);
    else for (const nested of keys(value, `${dotted}.`)) out.add(nested);
  }
  return out;
}

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

const plurals = (tree: Tree) => leaves(tree).filter(([key]) => /_(one|other)$/.test(key));

describe('client locale files', () => {
  const vi = load('vi');
  const en = load('en');

  it('have the same keys in Vietnamese and English', () => {
    expect([...keys(en)].toSorted()).toEqual([...keys(vi)].toSorted());
  });

  it('have the plural forms each language needs', () => {
    for (const [key] of plurals(vi)) expect(key).toMatch(/_other$/); // Vietnamese has one form
    const enPlural = plurals(en).map(([key]) => key);
    for (const key of enPlural.filter((k) => k.endsWith('_other'))) {
      expect(enPlural).toContain(key.replace(/_other$/, '_one'));
    }
  });

  it('have no empty message and are NFC', () => {
    for (const [key, value] of [...leaves(vi), ...leaves(en)]) {
      expect(value.trim(), key).not.toBe('');
      expect(value, key).toBe(value.normalize('NFC'));
    }
  });
});
