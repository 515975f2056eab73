import { contentDisposition, parseFilename } from './attachment-filename';

describe('parseFilename', () => {
  it('decodes percent-encoded UTF-8 and the RFC 5987 form, else takes the query', () => {
    expect(parseFilename(encodeURIComponent('餐饮发票 3月.jpg'), undefined)).toBe('餐饮发票 3月.jpg');
    expect(parseFilename(`UTF-8''${encodeURIComponent('合同.pdf')}`, undefined)).toBe('合同.pdf');
    expect(parseFilename(undefined, '报销单.pdf')).toBe('报销单.pdf');
    expect(parseFilename('a.jpg', 'b.jpg')).toBe('a.jpg');
  });

  it.each([
    ['nothing', undefined, undefined],
    ['a broken escape', '%E4%B8', undefined],
    ['a path', encodeURIComponent('../etc/passwd'), undefined],
    ['a backslash path', encodeURIComponent('C:\\x.jpg'), undefined],
    ['a control character', encodeURIComponent('a\nb.jpg'), undefined],
    ['only spaces', '%20%20', undefined],
    ['a dot-dot', '..', undefined],
    ['an overlong name', 'a'.repeat(256), undefined],
    ['a query array', undefined, ['a', 'b']],
  ])('refuses %s', (_name, header, query) => {
    expect(parseFilename(header, query)).toBeUndefined();
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 6266)', () => {
    expect(contentDisposition("发票 (1)'s.jpg")).toBe(
      `attachment; filename="__ (1)'s.jpg"; filename*=UTF-8''%E5%8F%91%E7%A5%A8%20%281%29%27s.jpg`,
    );
    expect(contentDisposition('a"b\\c.txt')).toBe(`attachment; filename="a_b_c.txt"; filename*=UTF-8''a%22b%5Cc.txt`);
  });
});
