// CPU time of processes from /proc, for the benches that price a build by CPU per request.
import { readFileSync } from 'node:fs';

/** Microseconds per /proc tick (USER_HZ 100). */
export const TICK_US = 10_000;

/** utime and stime of a process, in ticks; null for a process that is gone. */
export function processTicks(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { user: Number(fields[11]), system: Number(fields[12]) };
  } catch {
    return null;
  }
}

/** The client backends connected to `database` (the server's pool), not the harness's own. */
export async function clientBackendPids(admin, database) {
  const { rows } = await admin.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    [database],
  );
  return rows.map((r) => r.pid);
}
