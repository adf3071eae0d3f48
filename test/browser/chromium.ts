/**
 * Which Chromium the browser tests drive: `CHROMIUM_PATH` when set, else the system's
 * `/usr/bin/chromium` when present, else the build shipped by the npm package `@sparticuz/chromium`
 * (a devDependency: `npm ci` is all a fresh machine needs). The registry build is unpacked once into
 * the temporary directory, with its own NSS libraries and fonts, so it needs nothing from the system.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where Debian's (and most distributions') Chromium package installs its launcher. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** How to launch the chosen Chromium with playwright-core. */
export interface ChromiumChoice {
  /** Where the choice came from, for messages. */
  source: 'CHROMIUM_PATH' | 'system' | 'npm registry (@sparticuz/chromium)';
  executablePath: string;
  /** Environment for the browser process (the registry build's libraries and fonts), or undefined. */
  env?: Record<string, string>;
}

/**
 * Chooses the Chromium (see the file comment) and, for the registry build, unpacks it when needed.
 * `PHOIHOP_IGNORE_SYSTEM_CHROMIUM=1` skips the system browser (to test the registry fallback).
 */
export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH is set but ${env.CHROMIUM_PATH} does not exist`);
    }
    return { source: 'CHROMIUM_PATH', executablePath: env.CHROMIUM_PATH };
  }
  if (env.PHOIHOP_IGNORE_SYSTEM_CHROMIUM !== '1' && existsSync(SYSTEM_CHROMIUM)) {
    return { source: 'system', executablePath: SYSTEM_CHROMIUM };
  }
  return unpackRegistryChromium(env);
}

/**
 * Unpacks `@sparticuz/chromium` (browser, fonts, NSS libraries) into the temporary directory; a no-op
 * when already unpacked. Not safe to run twice at once, so the tests' global setup calls it once
 * before the test files run in parallel.
 */
export async function unpackRegistryChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  const { default: Chromium, inflate } = await import('@sparticuz/chromium');
  const executablePath = await Chromium.executablePath();
  const bin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')),
    '..',
    'bin',
  );
  await inflate(path.join(bin, 'fonts.tar.br'));
  await inflate(path.join(bin, 'al2023.tar.br'));
  const libs = path.join(tmpdir(), 'al2023', 'lib');
  const ldPath = env.LD_LIBRARY_PATH ? `${libs}:${env.LD_LIBRARY_PATH}` : libs;
  return {
    source: 'npm registry (@sparticuz/chromium)',
    executablePath,
    env: { ...stringEnv(env), LD_LIBRARY_PATH: ldPath, FONTCONFIG_PATH: path.join(tmpdir(), 'fonts') },
  };
}

/** `process.env` without its undefined entries (playwright's `env` option wants strings). */
function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
