/**
 * `name AS (…)`, the statement on its own lines. Fragments indent their own continuation lines:
 * nothing here rewrites the statement text, whose literals may hold newlines.
 */
export function cte(name: string, statement: string): string {
  return `${name} AS (\n  ${statement}\n)`;
}
