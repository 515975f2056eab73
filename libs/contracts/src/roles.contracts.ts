/**
 * The role names the shipped workflows and the demo users use. An installation may add more
 * roles (GET /api/roles lists what exists); this list is what the product ships with.
 */
export const CANONICAL_ROLES = [
  'staff',
  'leader',
  'finance',
  'legal',
  'market',
  'project',
  'sales',
  'office',
  'bizdev',
  'hq',
  'owner',
  'auditor',
  'admin',
] as const;

export type CanonicalRole = (typeof CANONICAL_ROLES)[number];
