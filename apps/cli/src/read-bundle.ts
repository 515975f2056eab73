import { readFileSync } from 'node:fs';
import type { EvidenceBundle } from '@liucheng/engine';

/** The bundle file as JSON, or a message saying why it cannot be read. */
export function readBundle(file: string): EvidenceBundle | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    return JSON.parse(text) as EvidenceBundle;
  } catch (error) {
    return `${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}
