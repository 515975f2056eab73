import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleInstance, type EvidenceBundle } from '../audit/bundle.types';
import { sealBundle } from '../audit/bundle-checksum';
import { makeCheckpoint } from '../audit/checkpoint';
import { MerkleTree, sortLeaves } from '../audit/merkle';
import { sha256Canonical } from '../audit/sha256-hex';
import { compile } from '../compile/compile';
import { GENESIS_HASH, hashEntry } from '../history/hash-chain';
import type { StoredEntry } from '../history/history.types';
import { standardRegistry } from '../registry/standard-registry';
import { replay } from '../runtime/replay';
import type { RecordedEvent } from '../runtime/runtime.types';
import { expenseSpec } from './expense.fixture';

/** The definition key the fixture's instances name. */
export const EXPENSE_KEY = 'expense';
export const bundleCompile = () => compile(expenseSpec, standardRegistry);

/** Hashes entries in order, re-linking every prevHash (what an honest writer, or a careful forger, stores). */
export function rechain(entries: Array<Omit<StoredEntry, 'hash' | 'prevHash'>>): StoredEntry[] {
  const out: StoredEntry[] = [];
  for (const e of entries) {
    const linked = { ...e, prevHash: out.length === 0 ? GENESIS_HASH : out[out.length - 1].hash };
    out.push({ ...linked, hash: hashEntry(linked) });
  }
  return out;
}

/** The instance as the API stores it after `events`: history, seq, state, context, status, last hash. */
export function recordedInstance(id: string, events: RecordedEvent[]): BundleInstance {
  const results = replay(bundleCompile(), events);
  const history = rechain(events.map((e, i) => ({ ...e, instanceId: id, seq: i + 1, stateAfter: results[i].state })));
  const last = results[results.length - 1];
  return {
    id,
    definitionKey: EXPENSE_KEY,
    version: 1,
    businessKey: null,
    status: last.status,
    startedBy: events[0].actor,
    createdAt: events[0].at,
    updatedAt: events[events.length - 1].at,
    seq: history.length,
    lastHash: history[history.length - 1].hash,
    state: last.state,
    context: last.context,
    history,
    attachments: [],
  };
}

const at = (h: number) => new Date(Date.UTC(2026, 0, 5, h)).toISOString();
export const FIXTURE_IDS = [
  '0a000000-0000-4000-8000-000000000001',
  '0b000000-0000-4000-8000-000000000002',
  '0c000000-0000-4000-8000-000000000003',
];

/** Three expense claims, a checkpoint over them taken after the last event, and proofs for each. */
export function fixtureBundle(): EvidenceBundle {
  const instances = FIXTURE_IDS.map((id, n) =>
    recordedInstance(id, [
      { type: '@start', data: { window: 'PT2H' }, actor: 'staff', at: at(1 + n) },
      { type: 'SUBMIT', data: { amount: 300 + n }, actor: 'staff', at: at(2 + n) },
      { type: 'APPROVE', data: { comment: 'ok' }, actor: 'leader', at: at(3 + n) },
    ]),
  );
  const leaves = sortLeaves(instances.map((i) => ({ instanceId: i.id, seq: i.seq, hash: i.lastHash })));
  const tree = new MerkleTree(leaves);
  const checkpoint = makeCheckpoint(leaves, at(10));
  return sealBundle({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt: at(11),
    createdBy: 'auditor',
    filter: { definitionKey: EXPENSE_KEY },
    definitions: [{ key: EXPENSE_KEY, version: 1, checksum: sha256Canonical(expenseSpec), spec: expenseSpec }],
    instances,
    checkpoint: {
      ...checkpoint,
      signature: null,
      proofs: leaves.map((leaf, leafIndex) => ({
        instanceId: leaf.instanceId,
        leafIndex,
        leaf,
        auditPath: tree.auditPath(leafIndex),
      })),
    },
  });
}
