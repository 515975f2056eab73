/**
 * A string as a PostgreSQL literal, exactly as `pg`'s `escapeLiteral` writes it (quotes doubled;
 * with a backslash, ` E'…'` with backslashes doubled), without its character-by-character loop:
 * the statements of a step inline whole snapshots and form schemas, and that loop was most of
 * building them (bench/README.md, "Starts").
 */
export function quoteLiteral(text: string): string {
  const quoted = text.includes("'") ? text.replaceAll("'", "''") : text;
  return text.includes('\\') ? ` E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}
