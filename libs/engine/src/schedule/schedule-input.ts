import type { JsonObject } from '../definition/definition.types';
import { isPlainObject } from '../support/json-value';
import { addDays, dayOf, weekStart } from './shanghai-days';

/** The placeholders a schedule's input may use, each read from the occurrence. */
export const SCHEDULE_PLACEHOLDERS = [
  'date',
  'weekStart',
  'weekEnd',
  'month',
  'previousMonth',
  'year',
  'previousYear',
  'at',
] as const;
export type SchedulePlaceholder = (typeof SCHEDULE_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const ALONE = /^\{([A-Za-z]+)\}$/;

/** The placeholder values of an occurrence (days in Asia/Shanghai). */
export function occurrenceValues(at: Date): Record<SchedulePlaceholder, string | number> {
  const date = dayOf(at);
  const year = Number(date.slice(0, 4));
  const previousMonth = dayOf(new Date(Date.parse(`${date.slice(0, 8)}01T00:00:00+08:00`) - 1));
  return {
    date,
    weekStart: weekStart(date),
    weekEnd: addDays(weekStart(date), 6),
    month: date.slice(0, 7),
    previousMonth: previousMonth.slice(0, 7),
    year,
    previousYear: year - 1,
    at: at.toISOString(),
  };
}

/** Placeholders a template uses that do not exist, for validation. */
export function unknownPlaceholders(value: unknown): string[] {
  if (typeof value === 'string')
    return [...value.matchAll(PLACEHOLDER)]
      .map((m) => m[1])
      .filter((name) => !(SCHEDULE_PLACEHOLDERS as readonly string[]).includes(name));
  if (Array.isArray(value)) return value.flatMap(unknownPlaceholders);
  if (isPlainObject(value)) return Object.values(value).flatMap(unknownPlaceholders);
  return [];
}

function fill(value: unknown, values: Record<string, string | number>): unknown {
  if (typeof value === 'string') {
    const alone = ALONE.exec(value);
    if (alone && alone[1] in values) return values[alone[1]];
    return value.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, values));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, values)]));
  return value;
}

/**
 * The start input of one occurrence: the schedule's input with its placeholders filled.
 *
 * @example scheduleInput({ year: '{year}' }, new Date('2026-12-24T01:00:00Z')) // { year: 2026 }
 */
export function scheduleInput(input: JsonObject | undefined, at: Date): JsonObject {
  return fill(input ?? {}, occurrenceValues(at)) as JsonObject;
}
