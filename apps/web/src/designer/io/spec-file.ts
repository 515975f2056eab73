// Pure helpers for exporting a spec as a file and checking an imported one before anything is saved.
import { validateDefinition, type Registry, type ValidationProblem } from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';

/** Definition keys are folder names (same rule as the API): letters, digits, `.`, `_`, `-`, up to 100. */
export const DEFINITION_KEY = /^[a-z0-9][a-z0-9._-]{0,99}$/i;

/** `<key>.json`. */
export function specFileName(key: string): string {
  return `${key}.json`;
}

/** The spec exactly as stored, pretty-printed with two spaces and a final newline. */
export function specJsonText(spec: unknown): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

export type ImportCheck =
  /** Not JSON at all; `message` is the parser's. */
  | { kind: 'unreadable'; message: string }
  /** JSON, but not an object with a string `id`. */
  | { kind: 'not-a-spec' }
  /** The spec's id is not the key it is being imported into (or not a usable key). */
  | { kind: 'wrong-id'; id: string; expected?: string }
  /** A spec: `problems` (errors, then warnings) is empty when it validates cleanly. */
  | { kind: 'spec'; spec: Record<string, unknown>; key: string; problems: ValidationProblem[] };

/**
 * Parses an imported file and validates it in the browser. With `expectedKey` (importing into an existing
 * definition) the spec's `id` must equal it; without, the id becomes the new definition's key.
 *
 * @example checkImport(text, 'entertainment-expense').kind // 'spec'
 */
export function checkImport(text: string, expectedKey?: string, registry: Registry = workflowRegistry): ImportCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', message: (error as Error).message };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { kind: 'not-a-spec' };
  const spec = parsed as Record<string, unknown>;
  if (typeof spec.id !== 'string') return { kind: 'not-a-spec' };
  if (expectedKey !== undefined ? spec.id !== expectedKey : !DEFINITION_KEY.test(spec.id))
    return { kind: 'wrong-id', id: spec.id, expected: expectedKey };
  const { errors, warnings } = validateDefinition(spec, registry);
  return { kind: 'spec', spec, key: spec.id, problems: [...errors, ...warnings] };
}

/** Whether the checked import may become the draft: without errors, or with errors the user explicitly accepted. */
export function mayImport(check: ImportCheck, acceptedProblems: boolean): boolean {
  return check.kind === 'spec' && (!hasErrors(check) || acceptedProblems);
}

/** True when the checked import has problems that would block publishing. */
export function hasErrors(check: ImportCheck): boolean {
  return check.kind === 'spec' && check.problems.some((p) => p.severity === 'error');
}
