// Pure: the attachment form value, its file size for readers, the accepted types a schema lists,
// and which upload refusal an API error is.
import type { AppLanguage } from '../i18n/language';

/** The value of an `x-attachment` field: the upload's answer with `id` as `attachmentId`. */
export interface AttachmentValue {
  attachmentId: string;
  sha256: string;
  filename: string;
  contentType: string;
  size: number;
}

/** What `POST /api/attachments` answers (only the fields the form keeps). */
export interface UploadedAttachment {
  id: string;
  sha256: string;
  filename: string;
  contentType: string;
  size: number;
}

/** The codes an upload or a referencing event may be refused with; each has a label in both languages. */
export const ATTACHMENT_ERROR_CODES = [
  'attachment-too-large',
  'attachment-type-not-allowed',
  'attachment-content-mismatch',
  'attachment-empty',
  'attachment-filename-invalid',
  'attachment-unavailable',
  'attachment-bound-elsewhere',
  'attachment-mismatch',
] as const;
export type AttachmentErrorCode = (typeof ATTACHMENT_ERROR_CODES)[number];

/**
 * The form value for an upload's answer: exactly the five fields the schema allows.
 * @example toAttachmentValue({ id: 'a', sha256: 'f…', filename: '发票.png', contentType: 'image/png', size: 68 })
 *   // { attachmentId: 'a', sha256: 'f…', filename: '发票.png', contentType: 'image/png', size: 68 }
 */
export function toAttachmentValue(uploaded: UploadedAttachment): AttachmentValue {
  const { id, sha256, filename, contentType, size } = uploaded;
  return { attachmentId: id, sha256, filename, contentType, size };
}

/** True for a value of the attachment shape (a string `attachmentId` is what the API looks for). */
export function isAttachmentValue(value: unknown): value is AttachmentValue {
  return (
    typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).attachmentId === 'string'
  );
}

/** True for a schema marked `"x-attachment": true`. */
export function isAttachmentSchema(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && (schema as Record<string, unknown>)['x-attachment'] === true;
}

/**
 * The file picker's `accept`: the types the schema's `contentType` enum lists, or undefined for any.
 * @example acceptOf({ properties: { contentType: { enum: ['image/png', 'application/pdf'] } } }) // 'image/png,application/pdf'
 */
export function acceptOf(schema: unknown): string | undefined {
  const properties = (schema as { properties?: { contentType?: { enum?: unknown } } } | null)?.properties;
  const types = properties?.contentType?.enum;
  if (!Array.isArray(types)) return undefined;
  const listed = types.filter((type): type is string => typeof type === 'string' && type.includes('/'));
  return listed.length ? listed.join(',') : undefined;
}

const UNITS = ['B', 'KB', 'MB', 'GB'];

/**
 * A byte count for readers, in binary steps (1 KB = 1024 B), with the language's digits.
 * @example formatFileSize(1536, 'en') // '1.5 KB'
 */
export function formatFileSize(bytes: number, language: AppLanguage): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  return `${number} ${UNITS[unit]}`;
}

/**
 * The attachment refusal an API error body names (`details.errors[0].code`, else `details.reason`).
 * @example attachmentErrorCode({ details: { reason: 'attachment-empty' } }) // 'attachment-empty'
 */
export function attachmentErrorCode(body: unknown): AttachmentErrorCode | undefined {
  const details = (body as { details?: { reason?: unknown; errors?: Array<{ code?: unknown }> } } | null)?.details;
  const candidates = [details?.errors?.[0]?.code, details?.reason];
  return candidates.find((code): code is AttachmentErrorCode =>
    (ATTACHMENT_ERROR_CODES as readonly unknown[]).includes(code),
  );
}
