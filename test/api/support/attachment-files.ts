import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { JsonObject } from '@liucheng/engine';
import type { TestApp } from './test-app';

/** Real file signatures followed by random bytes: enough for the type check, unique per call. */
export const files = {
  jpeg: (size = 4096) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]),
  png: (size = 4096) =>
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size - 8)]),
  pdf: () => Buffer.from(`%PDF-1.7\n% ${randomBytes(8).toString('hex')}\n%%EOF\n`),
  /** A Windows executable (MZ header). */
  exe: () => Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), randomBytes(512)]),
};

const BY_TYPE: Record<string, () => Buffer> = {
  'image/jpeg': () => files.jpeg(),
  'image/png': () => files.png(),
  'application/pdf': () => files.pdf(),
};

/**
 * `data` with every attachment reference replaced by a real upload as `actor` (a file of the
 * reference's type and name): scenarios written for the engine carry placeholder references.
 */
export async function withUploads(t: TestApp, actor: string, data: JsonObject): Promise<JsonObject> {
  const replace = async (value: unknown): Promise<unknown> => {
    if (Array.isArray(value)) return Promise.all(value.map(replace));
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    if (typeof record.attachmentId === 'string') {
      const type = String(record.contentType);
      const make = BY_TYPE[type];
      if (!make) throw new Error(`no sample file for ${type}`);
      const res = await request(t.http)
        .post('/api/attachments')
        .set(await t.auth(actor))
        .set('Content-Type', type)
        .set('X-Filename', encodeURIComponent(String(record.filename)))
        .send(make());
      if (res.status !== 201) throw new Error(`upload as ${actor} answered ${res.status}: ${JSON.stringify(res.body)}`);
      const { id, sha256, filename, contentType, size } = res.body;
      return { attachmentId: id, sha256, filename, contentType, size };
    }
    const entries = await Promise.all(Object.entries(record).map(async ([k, v]) => [k, await replace(v)] as const));
    return Object.fromEntries(entries);
  };
  return (await replace(data)) as JsonObject;
}
