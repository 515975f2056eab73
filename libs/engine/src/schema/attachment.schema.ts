import type { JsonSchema } from '../definition/definition.types';

/** The keyword marking a form field as an attachment (ajv runs with `strict: false`, so it is accepted). */
export const ATTACHMENT_KEYWORD = 'x-attachment';

/**
 * A form field holding an uploaded attachment. The API checks every field of it against the
 * stored upload before the event is recorded, so the history entry's hash covers the sha256.
 */
export const attachmentSchema: JsonSchema = {
  type: 'object',
  [ATTACHMENT_KEYWORD]: true,
  additionalProperties: false,
  required: ['attachmentId', 'sha256', 'filename', 'contentType', 'size'],
  properties: {
    attachmentId: { type: 'string', format: 'uuid', title: '附件编号 / Attachment id' },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', title: '内容哈希 SHA-256 / Content hash SHA-256' },
    filename: { type: 'string', minLength: 1, maxLength: 255, title: '文件名 / File name' },
    contentType: { type: 'string', minLength: 1, title: '文件类型 / File type' },
    size: { type: 'integer', minimum: 1, title: '大小（字节） / Size (bytes)' },
  },
};
