/** What machine a run was on, and how busy it was. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MachineInfo } from '@/bench/lib/results';
import { REPO_ROOT } from '@/bench/servers';

const load = () => os.loadavg().map((value) => Number(value.toFixed(2))) as [number, number, number];

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .replace(/\s+built on.*$/, '');
  } catch {
    return 'unknown';
  }
}

export function describeMachine(): Omit<MachineInfo, 'loadAfter'> {
  const cpus = os.cpus();
  const nextVersion = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/next/package.json'), 'utf8')) as { version: string }).version;
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    next: nextVersion,
    chromium: chromiumVersion(),
    loadBefore: load(),
    note: process.env.BENCH_NOTE?.trim() ?? '',
  };
}

export const loadNow = load;
