import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';

export type ShopProcess = {
  url: string;
  /** What the server printed on stderr so far (the last 64 kB). */
  errors(): string;
  stop(): Promise<void>;
  /** `kill -9` of the whole process group: no shutdown, nothing flushed, as a crash or an OOM kill. */
  crash(): Promise<void>;
};

const portInUse = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * `next start` of the existing build on `port`, with `env` on top of this process's environment.
 * In its own process group, so stopping it stops everything it started.
 */
export async function startShop(port: number, env: Record<string, string>): Promise<ShopProcess> {
  if (await portInUse(port)) throw new Error(`port ${port} is taken: stop what listens there (or set LOAD_PORT)`);
  const child = spawn(join('node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    detached: true,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-64 * 1024);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    process.kill(-child.pid, 'SIGTERM');
    const killed = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(killed);
  };

  const crash = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    process.kill(-child.pid, 'SIGKILL');
    await exited;
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the shop stopped at start (exit code ${child.exitCode}):\n${stderr}`);
    try {
      if ((await fetch(`${url}/sign-in`)).ok) return { url, errors: () => stderr, stop, crash };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the shop on ${url} did not start within 60 s:\n${stderr}`);
}
