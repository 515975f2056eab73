// Who may start a definition: its `meta.starterRoles` (none listed: anyone signed in), as the server rules.

/** The spec's `meta.starterRoles`, or an empty list. */
export function starterRoles(spec: unknown): string[] {
  const meta = (spec as { meta?: { starterRoles?: unknown } } | null | undefined)?.meta;
  const roles = meta?.starterRoles;
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
}

/**
 * @example mayStart(['staff'], ['leader']) // false
 */
export function mayStart(roles: readonly string[], userRoles: readonly string[]): boolean {
  return roles.length === 0 || roles.some((role) => userRoles.includes(role));
}
