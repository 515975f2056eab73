import type { ValidationProblem } from './validation.types';

/** Collects validation problems; paths are dotted spec paths. */
export class Problems {
  readonly list: ValidationProblem[] = [];

  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}

/** Joins dotted path segments, skipping empty ones: `join('', 'states', 'a')` = `states.a`. */
export function joinPath(...parts: Array<string | number>): string {
  return parts.filter((p) => p !== '').join('.');
}

/** JSON Pointer (`/a/0`) to dotted segments (`a.0`). */
export function pointerToDotted(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}
