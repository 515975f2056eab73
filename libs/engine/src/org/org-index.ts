import type { OrgDepartment, OrgSnapshot, OrgUser } from './org.types';

/** Lookup maps of one snapshot, built once per snapshot object. */
export interface OrgIndex {
  users: Map<string, OrgUser>;
  departments: Map<string, OrgDepartment>;
  byCode: Map<string, OrgDepartment>;
  children: Map<string, OrgDepartment[]>;
}

const cache = new WeakMap<OrgSnapshot, OrgIndex>();

export function indexOrg(org: OrgSnapshot): OrgIndex {
  const hit = cache.get(org);
  if (hit) return hit;
  const children = new Map<string, OrgDepartment[]>();
  for (const d of org.departments) {
    if (d.parentId === null) continue;
    const list = children.get(d.parentId) ?? [];
    list.push(d);
    children.set(d.parentId, list);
  }
  const index: OrgIndex = {
    users: new Map(org.users.map((u) => [u.username, u])),
    departments: new Map(org.departments.map((d) => [d.id, d])),
    byCode: new Map(org.departments.map((d) => [d.code, d])),
    children,
  };
  cache.set(org, index);
  return index;
}
