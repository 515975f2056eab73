import { randomBytes } from 'node:crypto';

/** Real file signatures followed by random bytes: enough for the type check, unique per call. */
export const files = {
  jpeg: (size = 4096) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]),
  png: (size = 4096) =>
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size - 8)]),
  pdf: () => Buffer.from(`%PDF-1.7\n% ${randomBytes(8).toString('hex')}\n%%EOF\n`),
  /** A Windows executable (MZ header). */
  exe: () => Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), randomBytes(512)]),
};
