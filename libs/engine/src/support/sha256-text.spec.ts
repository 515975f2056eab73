import { sha256Text, sha256TextPortable } from './sha256-text';

describe('sha256Text', () => {
  it('gives the FIPS 180-2 digest of "abc"', () => {
    expect(sha256Text('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it.each([
    ['empty', ''],
    ['ASCII', '{"actor":"staff","seq":1}'],
    ['Chinese', '{"reason":"招待费超期未核销","amount":"¥5,000"}'],
    ['astral and combining', '😀 e\u0301 \u{20000}'],
    ['longer than one block', 'x'.repeat(1000)],
  ])('the Node digest of %s text equals the portable (browser) one', (_name, text) => {
    expect(sha256Text(text)).toBe(sha256TextPortable(text));
    expect(sha256Text(text)).toMatch(/^[0-9a-f]{64}$/);
  });
});
