/**
 * `npm start` (server/bin/start.mjs) checks the Node version first, builds only when the build is missing
 * or older than a source, and otherwise starts at once. Run on a small stand-in project whose
 * "build" writes the two outputs, so no real build is needed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const project = mkdtempSync(path.join(os.tmpdir(), 'phoihop-start-entry-'));
const build = [
  "const fs = require('node:fs');",
  "fs.mkdirSync('dist/server/scripts', { recursive: true }); fs.mkdirSync('client/dist', { recursive: true });",
  "fs.writeFileSync('dist/server/main.js', 'console.log(\"server started\")');",
  'fs.writeFileSync(\'dist/server/scripts/tool.js\', \'console.log("tool", process.argv.slice(2).join(" "))\');',
  "fs.writeFileSync('client/dist/index.html', '<html></html>');",
  "console.log('build ran');",
].join(' ');

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  writeFileSync(path.join(project, file), text);
}

/** Runs `node server/bin/start.mjs …` in the stand-in project; `nodeVersion` pretends to be another Node. */
function start(args: string[] = [], nodeVersion?: string) {
  const pretend = nodeVersion
    ? [
        '--import',
        `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${nodeVersion}"})`,
      ]
    : [];
  const run = spawnSync(process.execPath, [...pretend, 'server/bin/start.mjs', ...args], {
    cwd: project,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, output: run.stdout + run.stderr };
}

/** Sets a file's modification time `seconds` from now. */
function age(file: string, seconds: number): void {
  const when = new Date(Date.now() + seconds * 1000);
  utimesSync(path.join(project, file), when, when);
}

beforeAll(() => {
  mkdirSync(path.join(project, 'server', 'bin'), { recursive: true });
  for (const file of ['start.mjs', 'build-stamp.mjs']) {
    copyFileSync(path.join(root, 'server', 'bin', file), path.join(project, 'server', 'bin', file));
  }
  write(
    'package.json',
    JSON.stringify({
      name: 'stand-in',
      private: true,
      scripts: {
        prebuild: 'node server/bin/build-stamp.mjs begin',
        build: `node -e "${build.replaceAll('"', '\\"')}"`,
        postbuild: 'node server/bin/build-stamp.mjs end',
      },
    }),
  );
  write('server/main.ts', '// the source');
  write('client/src/app.tsx', '// the client');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm start', () => {
  it('stops on a Node the dependencies do not support and says what to install, before building or loading anything', () => {
    for (const version of ['20.19.0', '22.17.0', '24.14.0']) {
      const run = start([], version);
      expect(run.code, version).toBe(1);
      expect(run.output).toContain(
        `needs Node.js 24 (24.15 or later; recommended), 22 (22.22.2 or later) or 26+; this is Node ${version}`,
      );
      expect(run.output).toContain('Install Node 24 LTS');
    }
    expect(existsSync(path.join(project, 'dist'))).toBe(false);
  });

  it('builds when there is no build, then starts without building while the build is current', () => {
    const first = start();
    expect(first.code).toBe(0);
    expect(first.output).toMatch(
      /Building \(dist\/.build-stamp is missing\)[\s\S]*build ran[\s\S]*server started/,
    );
    age('server/main.ts', -60);
    age('client/src/app.tsx', -60);
    const second = start();
    expect(second).toEqual({ code: 0, output: 'server started\n' });
  });

  it('builds again when a source changed after the last build', () => {
    start();
    age('client/src/app.tsx', 60);
    const changed = start();
    expect(changed.output).toMatch(/Building \(client changed since the last build\)[\s\S]*server started/);
    age('client/src/app.tsx', -60);
    expect(start().output).toBe('server started\n');
  });

  it('runs another built entry with its arguments (npm run admin:create)', () => {
    start();
    age('server/main.ts', -60);
    age('client/src/app.tsx', -60);
    expect(start(['dist/server/scripts/tool.js', '--email', 'a@b.vn']).output).toBe('tool --email a@b.vn\n');
  });
});
