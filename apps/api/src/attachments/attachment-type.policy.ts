/**
 * Which files may be attached, judged by their bytes and not only by the declared type:
 * each allowed type has a check over the first bytes (a renamed .exe is no JPEG).
 */
const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** ZIP local file header: docx and xlsx are ZIP containers. */
const isZip = (b: Buffer) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]);
/** ISO base media `ftyp` box with a HEIF brand. */
const isHeif = (b: Buffer) =>
  startsWith(b, ascii('ftyp'), 4) &&
  ['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1'].includes(b.toString('latin1', 8, 12));
/** Plain text: valid UTF-8 with no NUL and no other control character but tab, CR, LF, FF. */
const isText = (b: Buffer) => {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(b.toString('latin1'))) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

const ALLOWED: Record<string, (bytes: Buffer) => boolean> = {
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  'image/png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/webp': (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
  'image/heic': isHeif,
  'image/heif': isHeif,
  'application/pdf': (b) => startsWith(b, ascii('%PDF-')),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': isZip,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': isZip,
  'text/plain': isText,
  'text/csv': isText,
};

/** The allowed content types (lowercase, without parameters). */
export const ALLOWED_ATTACHMENT_TYPES = Object.keys(ALLOWED);

/** `image/JPEG; charset=x` → `image/jpeg`. */
export function normalizeContentType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

export type AttachmentTypeVerdict = 'ok' | 'attachment-type-not-allowed' | 'attachment-content-mismatch';

/** Whether `bytes` may be stored as `contentType` (already normalized). */
export function judgeAttachmentType(contentType: string, bytes: Buffer): AttachmentTypeVerdict {
  const check = Object.hasOwn(ALLOWED, contentType) ? ALLOWED[contentType] : undefined;
  if (!check) return 'attachment-type-not-allowed';
  return check(bytes) ? 'ok' : 'attachment-content-mismatch';
}
