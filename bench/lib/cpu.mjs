// CPU accounting from /proc (Linux): how much CPU the server, PostgreSQL, the load generator and
// everything else used during a measurement, so a result says where the machine's cores went.
import { readdirSync, readFileSync } from 'node:fs';
import process from 'node:process';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function ticksOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const end = stat.lastIndexOf(')');
    const fields = stat.slice(end + 2).split(' ');
    const [user, system] = [Number(fields[11]), Number(fields[12])];
    return { comm: stat.slice(stat.indexOf('(') + 1, end), ticks: user + system, system };
  } catch {
    return { comm: '', ticks: 0, system: 0 }; // the process ended
  }
}

/** Ticks per PostgreSQL process: the given pids, or every process named postgres when none are given. */
function postgresTicks(pids) {
  const ticks = new Map();
  const candidates = pids ?? readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  for (const pid of candidates) {
    const proc = ticksOf(pid);
    if (proc.comm === 'postgres') ticks.set(String(pid), proc.ticks);
  }
  return ticks;
}

/** Ticks used between two readings by the processes present in both (an ended one is left out). */
function sumDelta(before, after) {
  let sum = 0;
  for (const [pid, ticks] of after) if (before.has(pid)) sum += ticks - before.get(pid);
  return sum;
}

function machineBusyTicks() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
  return {
    busy: user + nice + system + irq + softirq + steal,
    // Interrupt time is charged to no process: on loopback it is mostly the network stack.
    interrupts: irq + softirq,
    all: user + nice + system + idle + iowait + irq + softirq + steal,
  };
}

/**
 * A point-in-time reading; pass two of them to `cpuDelta`. `postgresPids`: the PostgreSQL processes
 * that serve the benchmark (its database's backends and the shared background workers); without
 * them every postgres process counts, other databases' included. Returns null off Linux.
 */
export function cpuSnapshot(serverPid, postgresPids) {
  if (process.platform !== 'linux') return null;
  return {
    server: ticksOf(serverPid).ticks,
    serverSystem: ticksOf(serverPid).system,
    postgres: postgresTicks(postgresPids),
    client: ticksOf(process.pid).ticks,
    machine: machineBusyTicks(),
  };
}

/**
 * CPU ms per role between two snapshots, plus interrupt time (loopback networking, charged to no
 * process), `other` (busy time of every other process: noise) and the machine's capacity.
 */
export function cpuDelta(before, after) {
  if (!before || !after) return null;
  const ms = (key) => (after[key] - before[key]) * TICK_MS;
  const busy = (after.machine.busy - before.machine.busy) * TICK_MS;
  const interrupts = (after.machine.interrupts - before.machine.interrupts) * TICK_MS;
  const all = (after.machine.all - before.machine.all) * TICK_MS;
  const server = ms('server');
  const postgres = sumDelta(before.postgres, after.postgres) * TICK_MS;
  const client = ms('client');
  return {
    serverMs: server,
    serverSystemMs: ms('serverSystem'),
    postgresMs: postgres,
    clientMs: client,
    interruptsMs: interrupts,
    otherMs: busy - interrupts - server - postgres - client,
    busyMs: busy,
    capacityMs: all,
  };
}

/** Sum of several `cpuDelta` results (the rounds of one level); null when any is null. */
export function sumCpu(deltas) {
  if (deltas.length === 0 || deltas.some((d) => !d)) return null;
  const out = {};
  for (const d of deltas) for (const [k, v] of Object.entries(d)) out[k] = (out[k] ?? 0) + v;
  return out;
}
