import { indexOrg } from './org-index';
import type { OrgDepartment, OrgSnapshot } from './org.types';

/** The department and its ancestors, nearest first; stops at a cycle or a missing parent. */
function upwards(org: OrgSnapshot, departmentId: string): OrgDepartment[] {
  const { departments } = indexOrg(org);
  const out: OrgDepartment[] = [];
  const seen = new Set<string>();
  let current = departments.get(departmentId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    out.push(current);
    current = current.parentId === null ? undefined : departments.get(current.parentId);
  }
  return out;
}

/** The ancestors of a department, its parent first, the root last. */
export function departmentAncestors(org: OrgSnapshot, departmentId: string): OrgDepartment[] {
  return upwards(org, departmentId).slice(1);
}

/** Root to the department itself (`总部 / 县级分公司`); empty for an unknown id. */
export function departmentPath(org: OrgSnapshot, departmentId: string): OrgDepartment[] {
  return upwards(org, departmentId).reverse();
}

/** The head's username, or null (also for an unknown department). */
export function departmentHead(org: OrgSnapshot, departmentId: string): string | null {
  return indexOrg(org).departments.get(departmentId)?.head ?? null;
}

/** The department and every department below it, the department first. */
export function departmentWithDescendants(org: OrgSnapshot, departmentId: string): string[] {
  const { children, departments } = indexOrg(org);
  if (!departments.has(departmentId)) return [];
  const out: string[] = [];
  const queue = [departmentId];
  const seen = new Set<string>();
  while (queue.length) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    for (const child of children.get(id) ?? []) queue.push(child.id);
  }
  return out;
}

/** True when making `parentId` the parent of `departmentId` would close a loop. */
export function wouldCycle(org: OrgSnapshot, departmentId: string, parentId: string | null): boolean {
  if (parentId === null) return false;
  if (parentId === departmentId) return true;
  return upwards(org, parentId).some((d) => d.id === departmentId);
}
