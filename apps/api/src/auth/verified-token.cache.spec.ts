import { VerifiedTokenCache, type VerifiedClaims } from './verified-token.cache';

const claims = (exp: number | undefined, extra: Partial<VerifiedClaims> = {}): VerifiedClaims => ({
  sub: 'staff',
  name: 'Staff',
  roles: ['staff'],
  tv: 0,
  exp,
  ...extra,
});

describe('VerifiedTokenCache', () => {
  let now = 1_000_000;
  const cache = () => new VerifiedTokenCache(3, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('answers a kept token until the second its exp names, as jsonwebtoken decides expiry', () => {
    const c = cache();
    c.set('a', claims(1_005));
    now = 1_004_999;
    expect(c.get('a')?.sub).toBe('staff');
    now = 1_005_000;
    expect(c.get('a')).toBeUndefined();
    expect(c.size).toBe(0);
  });

  it('keeps no token without exp or with nbf, and knows only byte-identical tokens', () => {
    const c = cache();
    c.set('no-exp', claims(undefined));
    c.set('nbf', claims(2_000, { nbf: 1_000 }));
    c.set('a.b.c', claims(2_000));
    expect(c.get('no-exp')).toBeUndefined();
    expect(c.get('nbf')).toBeUndefined();
    expect(c.get('a.b.C')).toBeUndefined();
    expect(c.size).toBe(1);
  });

  it('drops the oldest token when full', () => {
    const c = cache();
    for (const token of ['t1', 't2', 't3', 't4']) c.set(token, claims(2_000));
    expect(c.size).toBe(3);
    expect(c.get('t1')).toBeUndefined();
    expect(c.get('t4')?.sub).toBe('staff');
  });
});
