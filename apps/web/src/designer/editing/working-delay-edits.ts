// Working-time delays (`meta.delays`) as a process owner picks them: N working days or hours,
// counted from the state's entry or a date of the context, on the definition's calendar.
import type { JsonSchema, LocalizedText, WorkflowSpec } from '@liucheng/engine';
import { splitTitle } from '../inspector/form-fields';

export type WorkingUnit = 'days' | 'hours';

/** What the picker shows. `from` is `entry` or `context.<field>`. */
export interface WorkingChoice {
  amount: number;
  unit: WorkingUnit;
  from: string;
}

/** A date of the context a delay can count from, with the title the form gave it. */
export interface DateField {
  path: string;
  title: LocalizedText;
}

export const workingDuration = (amount: number, unit: WorkingUnit) =>
  unit === 'days' ? `P${amount}D` : `PT${amount}H`;

/** The choice a `meta.delays` entry stands for, when the picker can show it (whole days or hours). */
export function readWorkingChoice(delay: unknown): WorkingChoice | undefined {
  if (typeof delay !== 'object' || delay === null) return undefined;
  const { working, from, ...rest } = delay as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof working !== 'string') return undefined;
  if (from !== undefined && (typeof from !== 'string' || (from !== 'entry' && !from.startsWith('context.'))))
    return undefined;
  const match = /^P(\d+)D$/.exec(working) ?? /^PT(\d+)H$/.exec(working);
  if (!match || Number(match[1]) < 1) return undefined;
  return { amount: Number(match[1]), unit: working.startsWith('PT') ? 'hours' : 'days', from: from ?? 'entry' };
}

/** The `meta.delays` entry of a choice (`from` left out when it is the state's entry). */
export function workingDelayOf(choice: WorkingChoice): { working: string; from?: string } {
  const working = workingDuration(choice.amount, choice.unit);
  return choice.from === 'entry' ? { working } : { working, from: choice.from };
}

/** The name of a `meta.delays` entry equal to the choice, if there is one (no duplicates). */
export function existingDelayName(spec: WorkflowSpec, choice: WorkingChoice): string | undefined {
  const wanted = JSON.stringify(workingDelayOf(choice));
  const delays = (spec.meta.delays ?? {}) as Record<string, unknown>;
  return Object.keys(delays).find((name) => {
    const c = readWorkingChoice(delays[name]);
    return c !== undefined && JSON.stringify(workingDelayOf(c)) === wanted;
  });
}

/** A new delay name for a choice: `working3Days`, `working4HoursFromHostedOn`, made unique. */
export function freshDelayName(spec: WorkflowSpec, choice: WorkingChoice): string {
  const field =
    choice.from === 'entry'
      ? ''
      : choice.from
          .split('.')
          .pop()!
          .replace(/[^A-Za-z0-9]/g, '');
  const from = field ? `From${field[0].toUpperCase()}${field.slice(1)}` : '';
  const base = `working${choice.amount}${choice.unit === 'days' ? 'Days' : 'Hours'}${from}`.slice(0, 60);
  const taken = new Set(Object.keys(spec.meta.delays ?? {}));
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  return name;
}

/**
 * Writes the choice into `meta.delays` (an equal entry is reused) and, when given, the
 * definition's calendar; returns the spec and the delay's name for an `after` key or a `due`.
 */
export function putWorkingDelay(
  spec: WorkflowSpec,
  choice: WorkingChoice,
  calendar?: string,
): { spec: WorkflowSpec; name: string } {
  const name = existingDelayName(spec, choice) ?? freshDelayName(spec, choice);
  const delays = { ...(spec.meta.delays ?? {}), [name]: workingDelayOf(choice) };
  const meta = { ...spec.meta, delays, ...(calendar ? { calendar } : {}) };
  return { spec: { ...spec, meta }, name };
}

const isDateSchema = (schema: unknown) => {
  const format = (schema as JsonSchema | undefined)?.format;
  return format === 'date' || format === 'date-time';
};

/**
 * The dates of the context a delay can count from: start-form dates (the start input is the
 * context), and event dates an `assign` copies into the context (`hostedOn` of 招待完成).
 */
export function contextDateFields(spec: WorkflowSpec): DateField[] {
  const fields = new Map<string, DateField>();
  const titles = (spec.meta.fields ?? {}) as Record<string, LocalizedText>;
  const add = (name: string, title: unknown) => {
    if (!fields.has(name))
      fields.set(name, { path: `context.${name}`, title: titles[name] ?? splitTitle(title ?? name) });
  };
  const inputProps = (spec.meta.input?.properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, prop] of Object.entries(inputProps)) if (isDateSchema(prop)) add(name, prop.title);
  const events = spec.meta.events ?? {};
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const action = value as { type?: unknown; params?: { to?: unknown; from?: unknown } };
    if (action.type === 'assign' && typeof action.params?.to === 'string' && typeof action.params.from === 'string') {
      const [, field] = /^event\.data\.([\w]+)$/.exec(action.params.from) ?? [];
      const prop = field
        ? Object.values(events)
            .map((e) => (e.schema?.properties as Record<string, JsonSchema> | undefined)?.[field])
            .find(isDateSchema)
        : undefined;
      if (prop && /^[\w]+$/.test(action.params.to)) add(action.params.to, prop.title);
    }
    Object.values(value).forEach(visit);
  };
  visit(spec.states);
  return [...fields.values()];
}
