/** The longest filename kept (characters). */
export const MAX_FILENAME_LENGTH = 255;

/**
 * The upload's filename from `X-Filename` (percent-encoded UTF-8, optionally in the RFC 5987
 * form `UTF-8''…`) or `?filename=`; `undefined` when absent or unusable (not decodable, empty,
 * too long, a control character, a path separator).
 */
export function parseFilename(header: string | string[] | undefined, query: unknown): string | undefined {
  const raw = Array.isArray(header) ? header[0] : header;
  let name: string | undefined;
  if (typeof raw === 'string' && raw !== '') {
    const encoded = raw.replace(/^utf-8''/i, '');
    try {
      name = decodeURIComponent(encoded);
    } catch {
      return undefined;
    }
  } else if (typeof query === 'string') name = query;
  if (name === undefined) return undefined;
  name = name.normalize('NFC').trim();
  // eslint-disable-next-line no-control-regex
  if (name === '' || name.length > MAX_FILENAME_LENGTH || /[\u0000-\u001f\u007f/\\]/.test(name)) return undefined;
  if (name === '.' || name === '..') return undefined;
  return name;
}

/** `attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded` (RFC 6266 / 5987). */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
