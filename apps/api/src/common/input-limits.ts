import type { ProblemContract } from '@liucheng/contracts';

/** Containers (objects, arrays) nested deeper than this are refused; seed definitions need ~15. */
export const MAX_JSON_DEPTH = 64;

/** A walk stops collecting after this many problems (the first ones name the fields). */
const MAX_PROBLEMS = 10;

/** Stable machine-readable reasons a value is refused before any route sees it. */
export type InputLimitCode = 'too-deep' | 'non-finite-number' | 'nul-character' | 'invalid-unicode' | 'forbidden-key';

/** A refused value: the JSON Pointer of the field, a message, and the stable code. */
export interface InputProblem extends ProblemContract {
  code: InputLimitCode;
}

/** One container on the walk's explicit stack; the parent chain rebuilds the path on a problem only. */
interface Frame {
  value: object;
  depth: number;
  parent: Frame | undefined;
  key: string | number;
}

const MESSAGES: Record<InputLimitCode, string> = {
  'too-deep': `is nested deeper than ${MAX_JSON_DEPTH} levels`,
  'non-finite-number': 'must be a finite number',
  'nul-character': 'must not contain a NUL character (\\u0000)',
  'invalid-unicode': 'contains a lone UTF-16 surrogate (invalid Unicode)',
  'forbidden-key': '"__proto__" is not allowed as a key',
};

/**
 * Everything PostgreSQL, canonicalization or a recursive walk downstream cannot take, found in
 * one iterative (never recursive) pass: nesting deeper than `maxDepth`, non-finite numbers
 * (`1e309` parses to Infinity), NUL characters and lone surrogates in strings and keys (text and
 * jsonb refuse both), and `__proto__` keys. Empty when the value is fine. Runs on every request
 * body (the event route included): no allocation per scalar, paths built only for a problem.
 */
export function inputLimitProblems(root: unknown, maxDepth = MAX_JSON_DEPTH): InputProblem[] {
  const problems: InputProblem[] = [];
  const report = (code: InputLimitCode, frame: Frame | undefined, key?: string | number) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path: pointerOf(frame, key), message: MESSAGES[code], code });
  };
  if (root === null || typeof root !== 'object') {
    const code = scalarCode(root);
    if (code) report(code, undefined);
    return problems;
  }
  const stack: Frame[] = [{ value: root, depth: 1, parent: undefined, key: '' }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const frame = stack.pop() as Frame;
    if (frame.depth > maxDepth) {
      report('too-deep', frame);
      continue;
    }
    const container = frame.value;
    const childDepth = frame.depth + 1;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const child: unknown = container[i];
        if (typeof child === 'string') {
          const code = stringCode(child);
          if (code) report(code, frame, i);
        } else if (child !== null && typeof child === 'object') {
          stack.push({ value: child, depth: childDepth, parent: frame, key: i });
        } else if (typeof child === 'number' && !Number.isFinite(child)) report('non-finite-number', frame, i);
      }
    } else {
      const record = container as Record<string, unknown>;
      for (const key in record) {
        const keyCode = key === '__proto__' ? 'forbidden-key' : stringCode(key);
        if (keyCode) report(keyCode, frame, key);
        const child = record[key];
        if (typeof child === 'string') {
          const code = stringCode(child);
          if (code) report(code, frame, key);
        } else if (child !== null && typeof child === 'object') {
          stack.push({ value: child, depth: childDepth, parent: frame, key });
        } else if (typeof child === 'number' && !Number.isFinite(child)) report('non-finite-number', frame, key);
      }
    }
  }
  return problems;
}

function scalarCode(value: unknown): InputLimitCode | undefined {
  if (typeof value === 'string') return stringCode(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return 'non-finite-number';
  return undefined;
}

/** `nul-character` or `invalid-unicode` for a string PostgreSQL would refuse, else undefined. */
function stringCode(value: string): InputLimitCode | undefined {
  if (value.includes('\u0000')) return 'nul-character';
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) return 'invalid-unicode';
  return undefined;
}

/** The JSON Pointer (RFC 6901) of `key` inside `frame`, or of the frame itself. */
function pointerOf(frame: Frame | undefined, key?: string | number): string {
  const segments: string[] = key === undefined ? [] : [String(key)];
  for (let f = frame; f?.parent; f = f.parent) segments.push(String(f.key));
  return segments
    .reverse()
    .map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
}

/** The one-line message of a 400 listing the problems. */
export function describeInputProblems(where: string, problems: readonly InputProblem[]): string {
  return `Invalid ${where}: ${problems.map((p) => `${p.path || '(root)'} ${p.message}`).join('; ')}`;
}
