// Files for attachment fields, made in the test: a real 1×1 PNG (signature, IHDR, IDAT, IEND).
import type { Locator } from 'playwright-core';

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** A file for `setInputFiles`: a 1×1 PNG by default. */
export function pngFile(name: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') };
}

/** The size of pngFile's bytes, to compare with what the field shows. */
export const PNG_SIZE = Buffer.from(ONE_PIXEL_PNG, 'base64').length;

/** Picks `file` in the attachment field `name` inside `scope` (the upload starts at once). */
export async function pickAttachment(
  scope: Locator,
  name: string,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await scope.locator(`[data-field="${name}"] input[type=file]`).setInputFiles(file);
}
