import { addressOfEdge, edgeOfAddress } from './edge-address';

describe('edge ids and transition addresses', () => {
  it.each([
    [
      'review.finance.pending|on|FINANCE_RETURN|0|0',
      { source: 'review.finance.pending', kind: 'on', event: 'FINANCE_RETURN', index: 0 },
    ],
    [
      'settlement|after|context.settlementWindow|0|0',
      { source: 'settlement', kind: 'after', event: 'context.settlementWindow', index: 0 },
    ],
    ['routing|always||1|0', { source: 'routing', kind: 'always', index: 1 }],
  ])('%s <-> %j', (id, address) => {
    expect(addressOfEdge(id)).toEqual(address);
    expect(edgeOfAddress(addressOfEdge(id))).toBe(id);
  });
});
