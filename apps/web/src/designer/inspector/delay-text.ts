// Whether a text can be an `after` key or a task `due`.
import { isIsoDuration, type RegistryEntryInfo } from '@liucheng/engine';

/** `after` keys: milliseconds, ISO-8601, `context.<path>` or a registry delay name. */
export function isDelayKey(text: string, delays: readonly RegistryEntryInfo[]): boolean {
  return (
    /^\d+$/.test(text) || isIsoDuration(text) || /^context\.[\w.]+$/.test(text) || delays.some((d) => d.name === text)
  );
}

/** Task `due`: ISO-8601 only (or `context.<path>`). */
export function isDueText(text: string): boolean {
  return isIsoDuration(text) || /^context\.[\w.]+$/.test(text);
}
