/**
 * `npm start`: checks the Node.js version before loading anything of the app, builds the project when
 * the build is missing or older than its sources (`npm run build`, about a minute), then starts the
 * built server (`dist/server/main.js`). `node bin/start.mjs dist/server/scripts/x.js [args]` runs a
 * built script the same way (`npm run admin:create`). Plain JavaScript, no static imports and no
 * top-level await, so that an old Node reaches the version check instead of failing on a newer API.
 */

/** The Node versions the project and its dependencies support (package.json `engines`). */
const SUPPORTED = 'Node.js 24 (24.15 or later; recommended), 22 (22.22.2 or later) or 26+';
if (!supportedNode(process.versions.node)) {
  console.error(
    `Phối hợp needs ${SUPPORTED}; this is Node ${process.versions.node}.\n` +
      'Install Node 24 LTS (https://nodejs.org/, or `nvm install 24`), then run `npm ci` and `npm start` again.',
  );
  process.exit(1);
}

/** Whether `version` satisfies `^22.22.2 || ^24.15.0 || >=26.0.0` (the dependencies' engines). */
function supportedNode(version) {
  const [major, minor, patch] = version.split('.').map(Number);
  if (major === 22) return minor > 22 || (minor === 22 && patch >= 2);
  if (major === 24) return minor >= 15;
  return major >= 26;
}

/** What the build reads (its generated folders excluded: they are outputs). */
const SOURCES = [
  'server',
  'migrations',
  'client',
  'schema',
  'package.json',
  'package-lock.json',
  'codegen.yml',
  'tsconfig.json',
  'tsconfig.build.json',
];
const GENERATED = ['client/dist', 'client/src/gql'];
/** What the server needs from the build. */
const OUTPUTS = ['dist/server/main.js', 'client/dist/index.html'];
/** Written by `npm run build` (bin/build-stamp.mjs); its time is when the last complete build began. */
const STAMP = 'dist/.build-stamp';

/** Builds when needed, then runs the server. */
async function start() {
  const { spawnSync } = await import('node:child_process');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { fileURLToPath, pathToFileURL } = await import('node:url');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const reason = staleReason(fs, path, root);
  if (reason) {
    console.log(`Building (${reason}): npm run build`);
    const windows = process.platform === 'win32';
    const build = spawnSync(windows ? 'npm.cmd' : 'npm', ['run', 'build'], {
      cwd: root,
      stdio: 'inherit',
      shell: windows,
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const entry = process.argv[2]?.endsWith('.js') ? process.argv.splice(2, 1)[0] : 'dist/server/main.js';
  // The server measures its own start from here (a build above does not count).
  performance.mark('phoihop:start');
  await import(pathToFileURL(path.resolve(root, entry)).href);
}

/** Why the build must run, or null when it is complete and newer than every source. */
function staleReason(fs, path, root) {
  const missing = [STAMP, ...OUTPUTS].find((output) => !fs.existsSync(path.join(root, output)));
  if (missing) return `${missing} is missing`;
  const built = fs.statSync(path.join(root, STAMP)).mtimeMs;
  const generated = GENERATED.map((dir) => path.join(root, dir));
  const changed = SOURCES.find((source) => newestMtime(fs, path, path.join(root, source), generated) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/**
 * Newest modification time (ms) of the file `full` or of the files under it, skipping the `generated`
 * folders (folders' own times change when the build creates its outputs in them, so they do not count).
 */
function newestMtime(fs, path, full, generated) {
  if (!fs.existsSync(full)) return 0;
  const stats = fs.statSync(full);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(full, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (generated.some((dir) => file.startsWith(dir + path.sep))) continue;
    newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

start().catch((error) => {
  console.error(error);
  process.exit(1);
});
