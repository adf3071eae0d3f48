/*
 * The benchmarked servers as child processes, and what the operating system
 * says about them: CPU time from /proc/<pid>/stat for each server process and
 * for the PostgreSQL backends serving the benchmark's database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** A started server process. */
export interface Child {
  name: string;
  process: ChildProcess;
  /** Lines it printed, matched against the patterns it was started with. */
  found: Record<string, string>;
  stop(): Promise<void>;
}

const TICKS_PER_SECOND = 100;

/** CPU milliseconds (user + system) of process `pid` so far; 0 once it is gone. */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat (1-based), 12 and 13 after the command.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Resident memory of process `pid`, in bytes. */
export function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** CPU milliseconds so far of every PostgreSQL backend connected to `database` (by their process titles). */
export function postgresCpuMs(database: string): Map<number, number> {
  const result = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let title: string;
    try {
      title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (title.startsWith('postgres: ') && title.includes(` ${database} `)) {
      result.set(Number(entry), cpuMsOf(Number(entry)));
    }
  }
  return result;
}

/** PostgreSQL CPU spent between two `postgresCpuMs` readings (backends that left in between are lost). */
export function postgresCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/**
 * Starts `command args` and waits until it has printed a line matching each
 * of `patterns` (the first capture group is kept in `found`).
 */
export async function startChild(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  patterns: Record<string, RegExp>,
): Promise<Child> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const found: Record<string, string> = {};
  const output: string[] = [];
  let onData: ((chunk: Buffer) => void) | undefined;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output.join('')}`)), 120_000);
    onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (output.length < 200) output.push(text);
      for (const [key, pattern] of Object.entries(patterns)) {
        const match = pattern.exec(text);
        if (match && !(key in found)) found[key] = match[1];
      }
      if (Object.keys(patterns).every((key) => key in found)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output.join('')}`));
    });
  });
  child.removeAllListeners('exit');
  // Keep draining its output so a chatty process never blocks on a full pipe, without reading it:
  // the product writes a line per request, and the load generator shares the machine.
  if (onData) {
    child.stdout.off('data', onData);
    child.stderr.off('data', onData);
  }
  child.stdout.resume();
  child.stderr.resume();
  return {
    name,
    process: child,
    found,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
