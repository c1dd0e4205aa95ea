import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { sleep } from './processes';

/** Log lines at error level or above (pino levels 50, 60) and Node's crash reports. */
export function errorLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /"level":(50|60)\b|\bERROR\b|Unhandled|^\s+at .*node_modules\/pg/.test(line));
}

export function postmaster(dataDir: string): { pid: number; port: number } {
  const [pid, , , port] = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n');
  return { pid: Number(pid), port: Number(port) };
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

export function parentOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** A client of the embedded server, with the credentials the data folder keeps. */
export async function embeddedClient(dataDir: string): Promise<Client> {
  const { user, password } = JSON.parse(fs.readFileSync(path.join(dataDir, 'embedded-credentials.json'), 'utf8')) as {
    user: string;
    password: string;
  };
  const client = new Client({
    host: '127.0.0.1',
    port: postmaster(dataDir).port,
    user,
    password,
    database: 'casetrail',
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Holds a TCP port, dropping every connection at once (a server that refuses to serve). */
export async function holdPort(port: number, withinMs: number): Promise<net.Server> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const server = net.createServer((socket) => socket.destroy());
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) return server;
    if (Date.now() > deadline) throw new Error(`port ${port} stayed busy`);
    await sleep(20);
  }
}
