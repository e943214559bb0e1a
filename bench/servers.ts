/** Builds and starts the Next.js servers of the benchmark (the shop and the bare page) as child processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const BARE_DIR = path.join(REPO_ROOT, 'bench/bare');
export const BENCH_DATA_DIR = path.join(REPO_ROOT, 'data/bench');
const NEXT_BIN = path.join(REPO_ROOT, 'node_modules/next/dist/bin/next');

export type RunningServer = { name: string; url: string; stop(): Promise<void> };

function logFile(name: string) {
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  return createWriteStream(path.join(BENCH_DATA_DIR, `${name}.log`), { flags: 'a' });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

function spawnNext(name: string, args: string[], env: Record<string, string>): ChildProcess {
  const log = logFile(name);
  // Its own process group, so stopping it also stops the workers Next starts, and nothing else.
  const child = spawn(process.execPath, [NEXT_BIN, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

/** `next build` of the shop (no directory) or of the bare page; throws with the log's name when it fails. */
export async function buildNext(name: string, directory?: string): Promise<number> {
  const started = performance.now();
  const child = spawnNext(`${name}-build`, ['build', ...(directory ? [directory] : [])], {});
  const code = await exited(child);
  if (code !== 0) throw new Error(`next build of ${name} failed (exit ${code}); see data/bench/${name}-build.log`);
  return (performance.now() - started) / 1000;
}

async function portAnswers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

function stopper(child: ChildProcess) {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const done = exited(child);
    process.kill(-child.pid, 'SIGTERM');
    const timer = setTimeout(() => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }, 5000);
    await done;
    clearTimeout(timer);
  };
}

/** `next start` on 127.0.0.1:port; resolves once `readyPath` answers 200. Refuses a port already in use. */
export async function startNext(options: {
  name: string;
  port: number;
  directory?: string;
  env?: Record<string, string>;
  readyPath?: string;
}): Promise<RunningServer> {
  const url = `http://127.0.0.1:${options.port}`;
  if (await portAnswers(url)) throw new Error(`port ${options.port} is already in use: stop what runs there first`);
  const child = spawnNext(options.name, ['start', ...(options.directory ? [options.directory] : []), '-H', '127.0.0.1', '-p', String(options.port)], {
    PORT: String(options.port),
    ...options.env,
  });
  const stop = stopper(child);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${options.name} stopped at start; see data/bench/${options.name}.log`);
    try {
      const response = await fetch(`${url}${options.readyPath ?? '/'}`, { signal: AbortSignal.timeout(30_000) });
      if (response.ok) return { name: options.name, url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${options.name} did not answer on ${url} within 2 minutes`);
}

/**
 * A copy of the shop's build for a second shop (`SHOP_DIST_DIR`, relative to the repository, as
 * Next wants its `distDir`), without the build cache and without the pages the first shop has
 * cached since it started (`server/route-cache`). Answers that relative path.
 */
export function copyBuildForLargeShop(): string {
  const target = path.join(BENCH_DATA_DIR, 'next-large');
  rmSync(target, { recursive: true, force: true });
  const build = path.join(REPO_ROOT, '.next');
  // `types` too: TypeScript would read the copy's generated route types beside the real ones.
  const skipped = [path.join(build, 'cache'), path.join(build, 'server', 'route-cache'), path.join(build, 'types')];
  cpSync(build, target, { recursive: true, filter: (source) => !skipped.some((dir) => source === dir || source.startsWith(`${dir}${path.sep}`)) });
  return path.relative(REPO_ROOT, target);
}
