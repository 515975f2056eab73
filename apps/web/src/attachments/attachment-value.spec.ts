import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import {
  ATTACHMENT_ERROR_CODES,
  acceptOf,
  attachmentErrorCode,
  formatFileSize,
  isAttachmentSchema,
  isAttachmentValue,
  toAttachmentValue,
} from './attachment-value';

const uploaded = {
  id: '0b6a4f7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  sha256: 'a'.repeat(64),
  filename: '发票.png',
  contentType: 'image/png',
  size: 68,
};

describe('toAttachmentValue', () => {
  it('keeps exactly the five fields the schema allows, id as attachmentId', () => {
    const answer = { ...uploaded, uploadedBy: 'staff', createdAt: '2026-03-02T00:00:00Z', instanceId: null, seq: null };
    expect(toAttachmentValue(answer)).toEqual({
      attachmentId: uploaded.id,
      sha256: uploaded.sha256,
      filename: '发票.png',
      contentType: 'image/png',
      size: 68,
    });
  });

  it('gives a value the shape check recognises', () => {
    expect(isAttachmentValue(toAttachmentValue(uploaded))).toBe(true);
    expect(isAttachmentValue({ attachmentId: 7 })).toBe(false);
    expect(isAttachmentValue('x')).toBe(false);
    expect(isAttachmentValue(null)).toBe(false);
  });
});

describe('isAttachmentSchema and acceptOf', () => {
  const schema = {
    type: 'object',
    'x-attachment': true,
    properties: { contentType: { type: 'string', enum: ['image/jpeg', 'image/png', 'application/pdf'] } },
  };

  it('recognises only schemas marked x-attachment: true', () => {
    expect(isAttachmentSchema(schema)).toBe(true);
    expect(isAttachmentSchema({ type: 'object', 'x-attachment': 'yes' })).toBe(false);
    expect(isAttachmentSchema({ type: 'object' })).toBe(false);
  });

  it('accepts the listed content types, or anything when none are listed', () => {
    expect(acceptOf(schema)).toBe('image/jpeg,image/png,application/pdf');
    expect(acceptOf({ type: 'object', properties: { contentType: { type: 'string' } } })).toBeUndefined();
    expect(acceptOf({ properties: { contentType: { enum: [1, 'nonsense'] } } })).toBeUndefined();
    expect(acceptOf(undefined)).toBeUndefined();
  });
});

describe('formatFileSize', () => {
  it('formats bytes, kilobytes and megabytes in binary steps', () => {
    expect(formatFileSize(0, 'en')).toBe('0 B');
    expect(formatFileSize(68, 'en')).toBe('68 B');
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB');
    expect(formatFileSize(10 * 1024 * 1024, 'en')).toBe('10 MB');
    expect(formatFileSize(150 * 1024, 'zh-CN')).toBe('150 KB');
    expect(formatFileSize(1234567, 'en')).toBe('1.2 MB');
  });

  it('groups digits as the language does', () => {
    expect(formatFileSize(2 * 1024 ** 4, 'en')).toBe('2,048 GB');
  });
});

describe('attachmentErrorCode', () => {
  it('reads the problem code, then the reason', () => {
    expect(attachmentErrorCode({ details: { errors: [{ code: 'attachment-too-large' }] } })).toBe(
      'attachment-too-large',
    );
    expect(attachmentErrorCode({ details: { reason: 'attachment-empty' } })).toBe('attachment-empty');
  });

  it('names no code for other errors', () => {
    expect(attachmentErrorCode({ details: { reason: 'forbidden' } })).toBeUndefined();
    expect(attachmentErrorCode({ statusCode: 500 })).toBeUndefined();
    expect(attachmentErrorCode(undefined)).toBeUndefined();
  });
});

describe('attachment error labels', () => {
  it.each(ATTACHMENT_ERROR_CODES)('%s has a Chinese and an English label', (code) => {
    const zh = zhCN.problems[code];
    const english = en.problems[code];
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(english).toMatch(/^[\x20-\x7e]+$/);
    expect(english).not.toBe(zh);
  });

  it('labels the button in both languages', () => {
    expect(zhCN.attachment.upload).toBe('上传文件');
    expect(en.attachment.upload).toBe('Upload file');
  });
});
