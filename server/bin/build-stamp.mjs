/**
 * Marks a complete build for `bin/start.mjs`: `begin` (npm's `prebuild`) touches
 * `dist/.build-began`; `end` (`postbuild`) renames it to `dist/.build-stamp`, so the stamp's time is
 * when the build began and a source saved during a build still counts as changed.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const began = path.join(dist, '.build-began');
const stamp = path.join(dist, '.build-stamp');

if (process.argv[2] === 'begin') {
  mkdirSync(dist, { recursive: true });
  rmSync(stamp, { force: true });
  writeFileSync(began, `${new Date().toISOString()}\n`);
} else if (process.argv[2] === 'end') {
  renameSync(began, stamp);
} else {
  console.error('usage: node bin/build-stamp.mjs begin|end');
  process.exit(2);
}
