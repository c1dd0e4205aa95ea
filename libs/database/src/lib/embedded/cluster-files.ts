import fs from 'node:fs';
import path from 'node:path';

/** What `postmaster.pid` says about the server that runs (or ran) a cluster. */
export interface PostmasterInfo {
  pid: number;
  port: number;
}

/** The process that started the cluster's server and is responsible for stopping it. */
export interface OwnerRecord {
  pid: number;
  /** The owner's start time (Linux: clock ticks since boot), so that a reused pid is not taken for it. */
  startTime: string | null;
}

const OWNER_FILE = 'embedded-owner.json';

export function readPostmasterPid(clusterDir: string): PostmasterInfo | null {
  const file = path.join(clusterDir, 'postmaster.pid');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const [pidLine, , , portLine] = text.split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  return Number.isInteger(pid) && pid > 0 ? { pid, port: Number.isInteger(port) && port > 0 ? port : 0 } : null;
}

export function removePostmasterPid(clusterDir: string): void {
  fs.rmSync(path.join(clusterDir, 'postmaster.pid'), { force: true });
}

/** True while `pid` runs and is not a zombie waiting for its parent. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const state = procStat(pid)?.state;
  return state !== 'Z' && state !== 'X';
}

/**
 * True when `pid` runs a PostgreSQL server. Where /proc exists (Linux) the command line must name
 * `postgres`: after a reboot or a crash the pid in a stale `postmaster.pid` may belong to anything.
 */
export function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  if (!fs.existsSync('/proc/self/cmdline')) return true;
  try {
    const argv0 = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    return path.basename(argv0) === 'postgres' || argv0.startsWith('postgres:');
  } catch {
    return false;
  }
}

export function readOwner(dataDir: string): OwnerRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(path.join(dataDir, OWNER_FILE), 'utf8')) as Partial<OwnerRecord>;
    return typeof record.pid === 'number' ? { pid: record.pid, startTime: record.startTime ?? null } : null;
  } catch {
    return null;
  }
}

export function writeOwner(dataDir: string): void {
  const record: OwnerRecord = { pid: process.pid, startTime: procStat(process.pid)?.startTime ?? null };
  fs.writeFileSync(path.join(dataDir, OWNER_FILE), JSON.stringify(record));
}

export function removeOwner(dataDir: string): void {
  const owner = readOwner(dataDir);
  if (owner?.pid === process.pid) fs.rmSync(path.join(dataDir, OWNER_FILE), { force: true });
}

/** True while the process recorded as owner still runs (the same process, not a reused pid). */
export function ownerAlive(owner: OwnerRecord | null): boolean {
  if (!owner || !isAlive(owner.pid)) return false;
  if (owner.startTime === null) return true;
  const current = procStat(owner.pid)?.startTime;
  return current === undefined || current === owner.startTime;
}

function procStat(pid: number): { state: string; startTime: string } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: split after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', startTime: fields[19] ?? '' };
  } catch {
    return undefined;
  }
}
