import type { Registry } from '../registry/registry.types';
import { getAt } from './field-path';
import { isIsoDuration, isoDurationToMs } from './iso-duration';
import { isPlainObject } from './json-value';

/** How an `after` key (or a task `due`) is to be read. */
export type DelayKind =
  | { kind: 'ms'; ms: number }
  | { kind: 'iso'; duration: string }
  | { kind: 'context'; path: string }
  | { kind: 'registry'; name: string }
  | { kind: 'working'; name: string }
  | { kind: 'invalid' };

const CONTEXT_PATH = /^context(\.[^.\s]+)+$/;

/**
 * Classifies an `after` key (or a task's `due`): milliseconds, ISO-8601 duration, `context.<path>`,
 * a registry delay or a working-time delay named in `meta.delays` (`workingDelays`).
 *
 * @example classifyDelay('P3D', registry) // { kind: 'iso', duration: 'P3D' }
 * @example classifyDelay('settlementDeadline', registry, spec.meta.delays) // { kind: 'working', name: 'settlementDeadline' }
 */
export function classifyDelay(key: string, registry?: Registry, workingDelays?: unknown): DelayKind {
  if (/^\d+$/.test(key)) return { kind: 'ms', ms: Number(key) };
  if (isIsoDuration(key)) return { kind: 'iso', duration: key };
  if (CONTEXT_PATH.test(key)) return { kind: 'context', path: key.slice('context.'.length) };
  if (registry && Object.prototype.hasOwnProperty.call(registry.delays, key)) return { kind: 'registry', name: key };
  if (isPlainObject(workingDelays) && Object.prototype.hasOwnProperty.call(workingDelays, key))
    return { kind: 'working', name: key };
  return { kind: 'invalid' };
}

/**
 * Milliseconds for a duration value held in data: an ISO-8601 duration (from `base`),
 * a non-negative number of milliseconds or a string of digits; otherwise `undefined`.
 *
 * @example durationValueToMs('PT1H', new Date()) // 3600000
 */
export function durationValueToMs(value: unknown, base?: Date): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (typeof value === 'string' && isIsoDuration(value)) return isoDurationToMs(value, base);
  return undefined;
}

/** Reads `context.<path>` as a duration; `undefined` when missing or not a duration. */
export function contextDurationMs(context: unknown, path: string, base?: Date): number | undefined {
  return durationValueToMs(getAt(context, path), base);
}
