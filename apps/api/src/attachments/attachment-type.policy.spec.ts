import { judgeAttachmentType, normalizeContentType } from './attachment-type.policy';

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('judgeAttachmentType', () => {
  it.each([
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xdb], 'rest')],
    ['image/png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR')],
    ['image/webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['image/heic', bytes([0, 0, 0, 0x18], 'ftypheic', 'mif1')],
    ['application/pdf', bytes('%PDF-1.4\n')],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes([0x50, 0x4b, 0x03, 0x04], 'x')],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes([0x50, 0x4b, 0x03, 0x04], 'x')],
    ['text/plain', Buffer.from('发票说明\r\n\t第二行\n')],
  ])('accepts real %s content', (type, content) => {
    expect(judgeAttachmentType(type, content)).toBe('ok');
  });

  it.each([
    ['an executable as image/jpeg', 'image/jpeg', bytes('MZ', [0x90, 0])],
    ['a PNG as application/pdf', 'application/pdf', bytes([0x89, 0x50, 0x4e, 0x47])],
    ['RIFF audio as image/webp', 'image/webp', bytes('RIFF', [0, 0, 0, 0], 'WAVE')],
    ['an MP4 as image/heic', 'image/heic', bytes([0, 0, 0, 0x18], 'ftypisom')],
    ['invalid UTF-8 as text/plain', 'text/plain', bytes([0xc3, 0x28])],
    ['a NUL byte as text/plain', 'text/plain', bytes('a', [0], 'b')],
    ['a truncated JPEG signature', 'image/jpeg', bytes([0xff, 0xd8])],
  ])('refuses %s as mismatched content', (_name, type, content) => {
    expect(judgeAttachmentType(type, content)).toBe('attachment-content-mismatch');
  });

  it.each(['application/x-msdownload', 'application/json', 'text/html', 'image/svg+xml', '', 'constructor'])(
    'refuses the type %j',
    (type) => {
      expect(judgeAttachmentType(type, Buffer.from('x'))).toBe('attachment-type-not-allowed');
    },
  );

  it('normalizes the header: case and parameters', () => {
    expect(normalizeContentType('Image/JPEG; charset=binary')).toBe('image/jpeg');
    expect(normalizeContentType(undefined)).toBe('');
  });
});
