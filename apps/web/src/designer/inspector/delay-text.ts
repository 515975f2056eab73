// Whether a text can be an `after` key or a task `due`.
import { isIsoDuration, type RegistryEntryInfo } from '@liucheng/engine';

/**
 * `after` keys: milliseconds, ISO-8601, `context.<path>`, a registry delay name or a working-time
 * delay of the definition's `meta.delays`.
 */
export function isDelayKey(
  text: string,
  delays: readonly RegistryEntryInfo[],
  workingDelays: readonly string[] = [],
): boolean {
  return (
    /^\d+$/.test(text) ||
    isIsoDuration(text) ||
    /^context\.[\w.]+$/.test(text) ||
    delays.some((d) => d.name === text) ||
    workingDelays.includes(text)
  );
}

/** Task `due`: ISO-8601, `context.<path>` or a working-time delay of `meta.delays`. */
export function isDueText(text: string, workingDelays: readonly string[] = []): boolean {
  return isIsoDuration(text) || /^context\.[\w.]+$/.test(text) || workingDelays.includes(text);
}
