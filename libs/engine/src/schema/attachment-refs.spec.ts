import { findAttachmentRefs } from './attachment-refs';
import { attachmentSchema } from './attachment.schema';
import { validateData } from './validate-data';

const ref = {
  attachmentId: '0b6a4f7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  sha256: 'a'.repeat(64),
  filename: '发票.jpg',
  contentType: 'image/jpeg',
  size: 1024,
};

describe('findAttachmentRefs', () => {
  it('finds nothing in data without attachments', () => {
    expect(findAttachmentRefs({ amount: 1, items: [{ name: 'x' }], note: null })).toEqual([]);
    expect(findAttachmentRefs(undefined)).toEqual([]);
  });

  it('finds references at any depth with their JSON Pointers, in document order', () => {
    const found = findAttachmentRefs({ invoicePhoto: ref, extra: { 'a/b': [{ attachmentId: 'x' }, ref] } });
    expect(found.map((f) => [f.path, f.attachmentId])).toEqual([
      ['/invoicePhoto', ref.attachmentId],
      ['/extra/a~1b/0', 'x'],
      ['/extra/a~1b/1', ref.attachmentId],
    ]);
    expect(found[0]).toEqual({ path: '/invoicePhoto', ...ref });
    expect(found[1].sha256).toBeUndefined();
  });

  it('ignores an attachmentId that is not a string', () => {
    expect(findAttachmentRefs({ a: { attachmentId: 7 } })).toEqual([]);
  });
});

describe('attachmentSchema', () => {
  it('accepts a complete reference and names missing or extra fields', () => {
    expect(validateData(attachmentSchema, ref)).toEqual([]);
    const problems = validateData(attachmentSchema, { ...ref, sha256: undefined, url: 'x' });
    expect(problems.map((p) => [p.path, p.code])).toEqual(
      expect.arrayContaining([
        ['/sha256', 'required'],
        ['/url', 'additionalProperties'],
      ]),
    );
  });

  it('refuses a sha256 that is not 64 lowercase hex digits', () => {
    expect(validateData(attachmentSchema, { ...ref, sha256: 'XYZ' }).map((p) => p.path)).toEqual(['/sha256']);
  });
});
