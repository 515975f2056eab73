import { workingDelayProblems } from '../calendar/working-delay';
import type { Registry } from '../registry/registry.types';
import { classifyDelay } from '../support/delay-key';
import { isPlainObject } from '../support/json-value';
import { joinPath, type Problems } from './problems';

/** A calendar key: lower-case letters, digits and dashes (`mon-fri`). */
export const CALENDAR_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A delay name: a letter, then letters, digits, `_` or `-` (never a duration or `context.` path). */
const DELAY_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

/** Checks `meta.calendar` and `meta.delays` (the definition's working-time delays). */
export function checkWorkingDelays(meta: Record<string, unknown>, registry: Registry, problems: Problems): void {
  if (meta.calendar !== undefined && (typeof meta.calendar !== 'string' || !CALENDAR_KEY_PATTERN.test(meta.calendar)))
    problems.add('meta.calendar', 'invalid-calendar', 'must be a calendar key such as "mon-fri"');
  if (meta.delays === undefined) return;
  if (!isPlainObject(meta.delays))
    return problems.add('meta.delays', 'not-object', 'must be an object keyed by delay name');
  for (const [name, delay] of Object.entries(meta.delays)) {
    const path = joinPath('meta.delays', name);
    if (!DELAY_NAME.test(name) || classifyDelay(name, registry).kind !== 'invalid') {
      problems.add(path, 'invalid-working-delay', 'the name must be a word that is no duration and no registry delay', {
        name,
      });
      continue;
    }
    for (const [sub, message] of workingDelayProblems(delay))
      problems.add(joinPath(path, sub), 'invalid-working-delay', message, { name });
  }
}
