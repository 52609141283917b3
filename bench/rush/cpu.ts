// CPU time, a cost that the noise of a shared machine moves much less than wall-clock time: a
// process's (every thread's time on a core, /proc/<pid>/task/*/schedstat, in nanoseconds) and the
// whole machine's busy share (/proc/stat), and a local PostgreSQL's for one database. Linux only:
// elsewhere they read null.
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

/** Milliseconds on a core so far, over all of the process's threads (Node's GC and libuv threads too). */
export function processCpuMs(pid: number): number | null {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]);
      } catch {
        // the thread ended between listing and reading
      }
    }
    return ns / 1e6;
  } catch {
    return null;
  }
}

/** The machine's CPU counters so far, in clock ticks: busy (all but idle and iowait) and total. */
export function machineCpu(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - fields[3] - fields[4], total };
  } catch {
    return null;
  }
}

/** What the processes and the machine spent between `start()` and `stop()`. */
export function cpuMeter(pids: readonly number[]) {
  const read = () => ({ at: performance.now(), procs: pids.map(processCpuMs), self: process.cpuUsage(), machine: machineCpu() });
  const start = read();
  return {
    stop() {
      const end = read();
      const wallMs = end.at - start.at;
      const procMs =
        end.procs.every((v) => v !== null) && start.procs.every((v) => v !== null) ? end.procs.reduce((n, v, i) => n + v! - start.procs[i]!, 0) : null;
      const selfMs = (end.self.user + end.self.system - start.self.user - start.self.system) / 1000;
      const busy = start.machine && end.machine ? (end.machine.busy - start.machine.busy) / Math.max(1, end.machine.total - start.machine.total) : null;
      return { wallMs, procMs, selfMs, machineBusyShare: busy };
    },
  };
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("postgres");
  } catch {
    return false; // ended meanwhile
  }
}

/**
 * PostgreSQL's CPU for one database so far: the time on a core of every server process connected
 * to it (its backends, found in pg_stat_activity, read in /proc). Null when the server is not on
 * this machine, or when a process is not PostgreSQL's. A backend that ends between two reads takes
 * its time with it: the pools measured here keep their connections.
 */
export async function databaseCpuMeter(databaseUrl: string) {
  if (!LOOPBACK.has(new URL(databaseUrl).hostname)) return null;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const read = async (): Promise<number | null> => {
    const { rows } = await client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    let ms = 0;
    for (const { pid } of rows) {
      const used = processCpuMs(pid);
      if (used === null || !isPostgres(pid)) return null;
      ms += used;
    }
    return ms;
  };
  return { read, close: () => client.end() };
}
