/**
 * Which module owns which table and view, read from the entity files
 * (`tableName`, `pivotTable`, view entities with `view: true`), and the SQL
 * relations a source file names — to check that no module reads another
 * module's tables (issue 12).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The modules' folder. */
export const modulesRoot = path.resolve(import.meta.dirname, '../../server/modules');

/** A table or view and the module that owns it. */
export interface Relation {
  name: string;
  module: string;
  view: boolean;
}

/** The TypeScript files under `dir`, recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(path.join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(dir, entry.name)]
        : [],
  );
}

/** Source text without its comments (prose may say "from task"). */
export const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Every table and view the entities declare, with its owning module. */
export function moduleRelations(): Relation[] {
  return readdirSync(modulesRoot).flatMap((module) =>
    sourceFiles(path.join(modulesRoot, module))
      .filter((file) => file.endsWith('.entity.ts'))
      .flatMap((file) => {
        const text = withoutComments(readFileSync(file, 'utf8'));
        const declared = text
          .split('@Entity(')
          .slice(1)
          .map((decorator) => decorator.split('export class')[0]);
        const tables = declared.flatMap((decorator) => {
          const name = /tableName: '(\w+)'/.exec(decorator)?.[1];
          return name ? [{ name, module, view: /\bview: true\b/.test(decorator) }] : [];
        });
        const pivots = [...text.matchAll(/pivotTable: '(\w+)'/g)].map((m) => ({
          name: m[1],
          module,
          view: false,
        }));
        return [...tables, ...pivots];
      }),
  );
}

/**
 * The relations of `relations` that `file` names in its SQL: read or written
 * (`from task`, `join role_holder`, `into …`, `update …`) or passed as a
 * string (`'task'`).
 */
export function relationsNamed(file: string, relations: readonly Relation[]): Relation[] {
  const names = relations.map((r) => r.name).join('|');
  const sqlUse = new RegExp(`\\b(?:from|join|into|update)\\s+(${names})\\b|['"\`](${names})['"\`]`, 'g');
  const text = withoutComments(readFileSync(file, 'utf8'));
  const named = new Set([...text.matchAll(sqlUse)].map((m) => m[1] ?? m[2]));
  return relations.filter((r) => named.has(r.name));
}
