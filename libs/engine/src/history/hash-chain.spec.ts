import { canonicalJson } from './canonical-json';
import { GENESIS_HASH, hashEntry, hashedText, verifyChain } from './hash-chain';
import type { HashedEntry, StoredEntry } from './history.types';

const instanceId = '5b3c1f0e-2a4d-4e8f-9c1b-7d6a5e4f3a2b';
const raw: Array<Omit<HashedEntry, 'instanceId' | 'seq' | 'prevHash'>> = [
  { type: '@start', data: { days: 3 }, actor: 'staff', at: '2026-01-05T01:00:00.000Z', stateAfter: 'submitted' },
  {
    type: 'APPROVE',
    data: { comment: '同意' },
    actor: 'leader',
    at: '2026-01-05T02:00:00.000Z',
    stateAfter: { review: { legal: 'done' } },
  },
  { type: 'REJECT', data: {}, actor: 'finance', at: '2026-01-05T03:00:00.000Z', stateAfter: 'rejected' },
];

function chain(): StoredEntry[] {
  const out: StoredEntry[] = [];
  raw.forEach((r, i) => {
    const entry = { ...r, instanceId, seq: i + 1, prevHash: i === 0 ? GENESIS_HASH : out[i - 1].hash };
    out.push({ ...entry, hash: hashEntry(entry) });
  });
  return out;
}

/** Node's own SHA-256 (WebCrypto), without importing a Node built-in into the engine. */
async function webCryptoSha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ z: { y: 1e21, x: 0.5 }, 中: '文' }, '{"z":{"x":0.5,"y":1e+21},"中":"文"}'],
    [[1, { b: 2, a: 1 }], '[1,{"a":1,"b":2}]'],
  ])('%j -> %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });
});

describe('hashEntry', () => {
  it('is the lowercase hex SHA-256 of the canonical JSON of exactly the hashed fields', async () => {
    const [first] = chain();
    const canonical = canonicalJson({
      instanceId,
      seq: 1,
      type: '@start',
      data: { days: 3 },
      actor: 'staff',
      at: '2026-01-05T01:00:00.000Z',
      stateAfter: 'submitted',
      prevHash: GENESIS_HASH,
    });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.hash).toBe(await webCryptoSha256(canonical));
    expect(hashEntry({ ...first, hash: 'ignored' } as HashedEntry)).toBe(first.hash);
  });

  it('GENESIS_HASH is 64 zeros', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain', () => {
    expect(verifyChain(chain())).toEqual({ ok: true, checked: 3 });
  });

  it.each<[string, (entries: StoredEntry[]) => StoredEntry[], number, string]>([
    [
      'tampered data',
      (e) => e.map((x) => (x.seq === 2 ? { ...x, data: { comment: '不同意' } } : x)),
      2,
      'hash does not match the entry contents',
    ],
    [
      'tampered state',
      (e) => e.map((x) => (x.seq === 3 ? { ...x, stateAfter: 'approved' } : x)),
      3,
      'hash does not match the entry contents',
    ],
    [
      'a broken link',
      (e) => e.map((x) => (x.seq === 2 ? { ...x, prevHash: GENESIS_HASH } : x)),
      2,
      'prevHash does not match the hash of entry 1',
    ],
    ['a missing entry', (e) => [e[0], e[2]], 2, 'expected seq 2, found 3'],
    [
      'a bad genesis link',
      (e) => e.map((x) => (x.seq === 1 ? { ...x, prevHash: 'f'.repeat(64) } : x)),
      1,
      'prevHash does not match the hash of entry 0',
    ],
  ])('reports %s', (_name, tamper, firstBadSeq, reason) => {
    const result = verifyChain(tamper(chain()));
    expect(result).toEqual({ ok: false, checked: firstBadSeq, firstBadSeq, reason });
  });
});

describe('hashedText (the fixed-key fast path)', () => {
  const generic = (e: HashedEntry) => {
    const { instanceId: id, seq, type, data, actor, at, stateAfter, prevHash } = e;
    return canonicalJson({ instanceId: id, seq, type, data, actor, at, stateAfter, prevHash });
  };
  const base: HashedEntry = {
    instanceId,
    seq: 7,
    type: 'APPROVE',
    data: {},
    actor: 'leader',
    at: '2026-01-05T02:00:00.000Z',
    stateAfter: 'done',
    prevHash: GENESIS_HASH,
  };
  it.each<[string, Partial<HashedEntry>]>([
    ['plain', {}],
    [
      'nested data with unsorted keys, numbers and Chinese',
      { data: { z: 1.5, a: [3, { y: '审批', b: null }], m: 1e21 } },
    ],
    ['a parallel state value', { stateAfter: { review: { legal: 'done', finance: 'open' } } }],
    ['quotes, control characters and astral text', { actor: 'a"b\\c\u0001', type: '@cc', data: { note: '😀\n\t' } }],
    ['a large seq', { seq: 2_147_483_647 }],
    ['a fractional seq (generic path)', { seq: 1.5 }],
    ['an absent actor (generic path)', { actor: undefined as unknown as string }],
  ])('equals the generic canonical JSON: %s', (_name, change) => {
    const entry = { ...base, ...change };
    expect(hashedText(entry)).toBe(generic(entry));
  });
});
