import { orderScenarios } from '../__fixtures__/document-order.fixture';
import { expenseSpec } from '../__fixtures__/expense.fixture';
import { compile } from '../compile/compile';
import { standardRegistry } from '../registry/standard-registry';
import { replay } from '../runtime/replay';
import type { RecordedEvent } from '../runtime/runtime.types';
import { GENESIS_HASH, hashEntry } from './hash-chain';
import type { StoredEntry, StoredInstanceState } from './history.types';
import { verifyHistory } from './verify-history';

const instanceId = '5b3c1f0e-2a4d-4e8f-9c1b-7d6a5e4f3a2b';
const compiled = compile(expenseSpec, standardRegistry);
const events: RecordedEvent[] = [
  { type: '@start', data: { window: 'PT2H' }, actor: 'staff', at: '2026-01-05T01:00:00.000Z' },
  { type: 'SUBMIT', data: { amount: 300 }, actor: 'staff', at: '2026-01-05T02:00:00.000Z' },
  { type: 'xstate.after.P1D.expense.leaderReview', data: {}, actor: 'system', at: '2026-01-06T02:00:00.000Z' },
  { type: 'APPROVE', data: { comment: 'fine' }, actor: 'leader', at: '2026-01-06T05:30:00.000Z' },
];

/** Hashes entries in order, re-linking every prevHash (what an honest writer stores). */
function rechain(entries: Array<Omit<StoredEntry, 'hash' | 'prevHash'>>): StoredEntry[] {
  const out: StoredEntry[] = [];
  for (const e of entries) {
    const linked = { ...e, prevHash: out.length === 0 ? GENESIS_HASH : out[out.length - 1].hash };
    out.push({ ...linked, hash: hashEntry(linked) });
  }
  return out;
}

/** The stored history and instance row of `events`, as the API writes them. */
function recorded(list: RecordedEvent[] = events): { entries: StoredEntry[]; row: StoredInstanceState } {
  const results = replay(compiled, list);
  const entries = rechain(list.map((e, i) => ({ ...e, instanceId, seq: i + 1, stateAfter: results[i].state })));
  const last = results[results.length - 1];
  return {
    entries,
    row: {
      seq: entries.length,
      state: last.state,
      context: last.context,
      status: last.status,
      lastHash: entries[entries.length - 1].hash,
    },
  };
}

describe('verifyHistory', () => {
  it('accepts an untouched history and instance row', () => {
    const { entries, row } = recorded();
    expect(verifyHistory(compiled, entries, row)).toEqual({ ok: true, checked: 4 });
  });

  it('accepts what replay produces for every document-order scenario', () => {
    for (const { spec, events: types } of orderScenarios) {
      const c = compile(spec, standardRegistry);
      const list: RecordedEvent[] = ['@start', ...types].map((type, i) => ({
        type,
        data: {},
        actor: 'staff',
        at: new Date(Date.UTC(2026, 0, 5, 1, i)).toISOString(),
      }));
      const results = replay(c, list);
      const entries = rechain(list.map((e, i) => ({ ...e, instanceId, seq: i + 1, stateAfter: results[i].state })));
      const last = results[results.length - 1];
      expect(verifyHistory(c, entries, { seq: entries.length, state: last.state, context: last.context })).toEqual({
        ok: true,
        checked: entries.length,
      });
    }
  });

  type Case = [string, (h: ReturnType<typeof recorded>) => ReturnType<typeof recorded>, number, string, RegExp];
  it.each<Case>([
    [
      'a missing entry',
      (h) => ({ ...h, entries: [h.entries[0], ...h.entries.slice(2)] }),
      2,
      'gap',
      /expected seq 2, found 3/,
    ],
    [
      'a duplicated seq',
      (h) => ({ ...h, entries: [h.entries[0], h.entries[1], h.entries[1], h.entries[3]] }),
      3,
      'gap',
      /expected seq 3, found 2/,
    ],
    [
      'a broken link',
      (h) => ({ ...h, entries: h.entries.map((e) => (e.seq === 3 ? { ...e, prevHash: GENESIS_HASH } : e)) }),
      3,
      'prev-hash',
      /hash of entry 2/,
    ],
    [
      'tampered data (hash not recomputed)',
      (h) => ({ ...h, entries: h.entries.map((e) => (e.seq === 2 ? { ...e, data: { amount: 30 } } : e)) }),
      2,
      'hash',
      /entry contents/,
    ],
    [
      'a forged stateAfter with a recomputed chain',
      (h) => ({ ...h, entries: rechain(h.entries.map((e) => (e.seq === 2 ? { ...e, stateAfter: 'approved' } : e))) }),
      2,
      'state',
      /stateAfter of seq 2 differs/,
    ],
    [
      'a forged event that no longer replays, chain recomputed',
      (h) => ({ ...h, entries: rechain(h.entries.map((e) => (e.seq === 3 ? { ...e, type: 'NOPE' } : e))) }),
      3,
      'state',
      /replay failed at seq 3: .*NOPE/,
    ],
    [
      'a first entry that is not @start, chain recomputed',
      (h) => ({ ...h, entries: rechain(h.entries.map((e) => (e.seq === 1 ? { ...e, type: 'SUBMIT' } : e))) }),
      1,
      'state',
      /must be @start/,
    ],
    [
      'an instance seq ahead of the history',
      (h) => ({ ...h, row: { ...h.row, seq: 5 } }),
      4,
      'instance-row',
      /seq 5 but 4/,
    ],
    [
      'an instance seq behind the history',
      (h) => ({ ...h, row: { ...h.row, seq: 2 } }),
      2,
      'instance-row',
      /seq 2 but 4/,
    ],
    [
      'an instance state edited',
      (h) => ({ ...h, row: { ...h.row, state: 'rejected' } }),
      4,
      'instance-row',
      /state or context/,
    ],
    [
      'an instance context edited',
      (h) => ({ ...h, row: { ...h.row, context: { ...h.row.context, amount: 1 } } }),
      4,
      'instance-row',
      /state or context/,
    ],
    [
      'an instance status edited',
      (h) => ({ ...h, row: { ...h.row, status: 'running' } }),
      4,
      'instance-row',
      /status running/,
    ],
    [
      'an instance last hash edited',
      (h) => ({ ...h, row: { ...h.row, lastHash: GENESIS_HASH } }),
      4,
      'instance-row',
      /last hash/,
    ],
    [
      'an empty history for a row with seq 1',
      (h) => ({ entries: [], row: { ...h.row, seq: 1 } }),
      1,
      'gap',
      /no entry 1/,
    ],
  ])('reports %s', (_name, tamper, seq, reason, message) => {
    const { entries, row } = tamper(recorded());
    const result = verifyHistory(compiled, entries, row);
    expect(result).toEqual({
      ok: false,
      checked: entries.length,
      firstFailure: { seq, reason, message: expect.any(String) },
    });
    expect(result.firstFailure?.message).toMatch(message);
  });

  it('reports the earliest failure when several entries are bad', () => {
    const { entries, row } = recorded();
    const bad = entries.map((e) => (e.seq >= 2 ? { ...e, actor: 'mallory' } : e));
    expect(verifyHistory(compiled, bad, row).firstFailure).toMatchObject({ seq: 2, reason: 'hash' });
  });

  it('agrees with the stored snapshots of replay: state keys compared regardless of order', () => {
    const { entries, row } = recorded();
    const reordered = { ...row, context: Object.fromEntries(Object.entries(row.context).reverse()) };
    expect(verifyHistory(compiled, entries, reordered).ok).toBe(true);
  });
});
