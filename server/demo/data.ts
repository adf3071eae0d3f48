import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../core/db/orm.js';

/**
 * Reads the demo data set `server/demo/data/<name>.json`: the demo's content is data, the code
 * beside it only turns rows into entities. Read from the project root so compiled code in `dist/`
 * finds it as well as code run by vitest.
 */
export function readDemoData<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(projectRoot, 'server/demo/data', `${name}.json`), 'utf8')) as T;
}
