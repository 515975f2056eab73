import { GENESIS_HASH } from '../history/hash-chain';
import { sha256Canonical } from './sha256-hex';
import {
  checkLeavesAgainstHistory,
  checkpointHash,
  checkpointSigningPayload,
  makeCheckpoint,
  verifyCheckpointChain,
} from './checkpoint';
import type { CheckpointLeaf } from './checkpoint.types';
import { merkleRoot } from './merkle';

const a = '11111111-1111-4111-8111-111111111111';
const b = '22222222-2222-4222-8222-222222222222';
const leaves: CheckpointLeaf[] = [
  { instanceId: b, seq: 2, hash: 'b'.repeat(64) },
  { instanceId: a, seq: 5, hash: 'a'.repeat(64) },
];

describe('checkpoints', () => {
  const first = makeCheckpoint(leaves, '2026-12-01T01:00:00.000Z');
  const second = makeCheckpoint(leaves.slice(0, 1), '2026-12-01T02:00:00.000Z', first);

  it('chains each checkpoint to the one before; the first to 64 zeros', () => {
    expect(first).toEqual({
      seq: 1,
      at: '2026-12-01T01:00:00.000Z',
      count: 2,
      root: merkleRoot(leaves),
      prevHash: GENESIS_HASH,
      hash: sha256Canonical({ seq: 1, at: first.at, count: 2, root: first.root, prevHash: GENESIS_HASH }),
    });
    expect(second).toMatchObject({ seq: 2, count: 1, prevHash: first.hash });
    expect(checkpointHash(second)).toBe(second.hash);
    expect(verifyCheckpointChain([first, second])).toBeUndefined();
  });

  it.each<[string, () => Parameters<typeof verifyCheckpointChain>[0], RegExp]>([
    ['an edited root', () => [first, { ...second, root: 'f'.repeat(64) }], /checkpoint 2's hash/],
    ['a removed checkpoint', () => [second], /expected checkpoint 1, found 2/],
    ['a rewritten first checkpoint', () => [makeCheckpoint([], first.at), second], /checkpoint 2 does not link/],
  ])('finds %s in the chain', (_n, chain, message) => {
    expect(verifyCheckpointChain(chain())).toMatchObject({ code: 'chain', message: expect.stringMatching(message) });
  });

  it('signs a payload that names the format and every field', () => {
    expect(JSON.parse(checkpointSigningPayload(first))).toEqual({
      format: 'liucheng-checkpoint',
      version: 1,
      ...first,
    });
  });

  it('finds a deleted instance, a truncated tail and a rewritten entry, and accepts a grown history', () => {
    const current = new Map([[a, { lastSeq: 7, hashAtSeq: 'a'.repeat(64) }]]);
    expect(checkLeavesAgainstHistory(1, leaves, current)).toEqual([
      { code: 'instance-missing', instanceId: b, seq: 2, message: expect.stringMatching(/no longer exists/) },
    ]);
    const truncated = new Map([
      [a, { lastSeq: 4 }],
      [b, { lastSeq: 2, hashAtSeq: 'c'.repeat(64) }],
    ]);
    expect(checkLeavesAgainstHistory(1, leaves, truncated).map((f) => [f.code, f.instanceId])).toEqual([
      ['entry-changed', b],
      ['entry-missing', a],
    ]);
  });
});
