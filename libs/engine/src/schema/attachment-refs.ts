/** An attachment reference found in event data, with the JSON Pointer of the object holding it. */
export interface AttachmentRef {
  path: string;
  attachmentId: string;
  sha256: unknown;
  filename: unknown;
  contentType: unknown;
  size: unknown;
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Every object in `data` that has a string `attachmentId` (the attachment field shape), in
 * document order, with its JSON Pointer. Such an object is not searched further.
 *
 * @example findAttachmentRefs({ photo: { attachmentId: 'a', sha256: 'f…' } }) // [{ path: '/photo', attachmentId: 'a', sha256: 'f…', … }]
 */
export function findAttachmentRefs(data: unknown): AttachmentRef[] {
  const found: AttachmentRef[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}/${i}`));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (Object.hasOwn(record, 'attachmentId') && typeof record.attachmentId === 'string') {
      const { attachmentId, sha256, filename, contentType, size } = record;
      found.push({ path, attachmentId, sha256, filename, contentType, size });
      return;
    }
    for (const key of Object.keys(record)) walk(record[key], `${path}/${escape(key)}`);
  };
  walk(data, '');
  return found;
}
