// Puts a 422's field problems (`/data/amount is required`) under the form fields they name.
import type { ProblemContract } from '@liucheng/contracts';

/** rjsf's error tree: `{ amount: { __errors: ['…'] } }`. */
export interface FieldErrorTree {
  __errors?: string[];
  [field: string]: FieldErrorTree | string[] | undefined;
}

export interface MappedProblems {
  /** Problems placed under form fields (or at the form's root for `/data`). */
  tree: FieldErrorTree;
  /** Problems outside the form data (`/outcome`), shown above the form. */
  other: ProblemContract[];
}

/**
 * Splits server problems into those inside `prefix` (mapped onto the form fields by JSON
 * Pointer) and the rest.
 * @example mapProblems([{ path: '/data/amount', message: 'is required' }]).tree // { amount: { __errors: ['is required'] } }
 */
export function mapProblems(problems: ProblemContract[], prefix = '/data'): MappedProblems {
  const tree: FieldErrorTree = {};
  const other: ProblemContract[] = [];
  for (const problem of problems) {
    const segments = pointerSegments(problem.path, prefix);
    if (!segments) other.push(problem);
    else addProblem(tree, segments, problem.message);
  }
  return { tree, other };
}

/** The decoded segments of `path` below `prefix`, or undefined when it lies outside. */
export function pointerSegments(path: string, prefix: string): string[] | undefined {
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return undefined;
  const rest = path.slice(prefix.length);
  return rest ? rest.slice(1).split('/').map(decodeSegment) : [];
}

function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Adds `message` at the field named by `segments` (the root for none). */
export function addProblem(tree: FieldErrorTree, segments: string[], message: string): void {
  let node = tree;
  for (const segment of segments) {
    const child = node[segment];
    node = (child && !Array.isArray(child) ? child : (node[segment] = {})) as FieldErrorTree;
  }
  node.__errors = [...(node.__errors ?? []), message];
}

/** Both trees' problems in one tree (either may be missing). */
export function mergeErrorTrees(
  a: FieldErrorTree | undefined,
  b: FieldErrorTree | undefined,
): FieldErrorTree | undefined {
  if (!a) return b;
  if (!b) return a;
  const merged: FieldErrorTree = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = merged[key];
    if (key === '__errors') merged.__errors = [...(merged.__errors ?? []), ...((value as string[]) ?? [])];
    else merged[key] = mergeErrorTrees(mine as FieldErrorTree | undefined, value as FieldErrorTree | undefined);
  }
  return merged;
}
