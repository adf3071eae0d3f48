/**
 * The petitioner's personal data has one reader (docs/decisions/018): `petitionerByPetition`, which
 * applies the policy. No export, report, notice or search reaches it another way — this test fails
 * when a new file of the server names the table or the entity, so its author must route the read
 * through the loader (or the policy) and add the file here, reviewed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every file that may name the petitioner's table or entity, and why. */
const ALLOWED = [
  'server/app/entities.ts', // registers the entity with MikroORM
  'server/modules/petitions/commands/find-repeat.ts', // writes the petitioner (receivePetition, the demo); compares folded keys, returns petition ids only
  'server/modules/petitions/petition.entity.ts', // declares it (redacted in the audit log)
  'server/modules/petitions/petition.loaders.ts', // the one reader, behind readPetitioner
  'server/modules/petitions/petition.type.ts', // its GraphQL shape
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe("the petitioner's readers", () => {
  it('are the reviewed few: no export, report or notice reads the petitioner past the policy', () => {
    const naming = sources(join(ROOT, 'server'))
      .filter((file) => /petition_petitioner|PetitionPetitioner/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file))
      .toSorted();
    expect(naming).toEqual(ALLOWED);
  });
});
