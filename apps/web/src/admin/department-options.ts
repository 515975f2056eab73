// Pure: the department tree as the admin screens need it: labelled in one language, flat for
// pickers, and without a department's own subtree when choosing where to move it.
import type { DepartmentNode } from '@liucheng/contracts';
import type { AppLanguage } from '../i18n/language';
import { pickLabel } from '../i18n/localize';

export interface DepartmentOption {
  value: string;
  label: string;
  /** The path from the root: 总部 / 财务部. */
  path: string;
}

/** Every department, parents before children, labelled with its path. */
export function departmentOptions(
  roots: readonly DepartmentNode[],
  language: AppLanguage,
  exclude?: string,
): DepartmentOption[] {
  const out: DepartmentOption[] = [];
  const visit = (node: DepartmentNode, parents: string[]) => {
    if (node.id === exclude) return; // moving under itself or a descendant would be a cycle
    const label = pickLabel(node.name, language, node.code);
    const path = [...parents, label];
    out.push({ value: node.id, label, path: path.join(' / ') });
    for (const child of node.children) visit(child, path);
  };
  for (const root of roots) visit(root, []);
  return out;
}

/** The department with `id` anywhere in the tree. */
export function findDepartment(roots: readonly DepartmentNode[], id: string | null): DepartmentNode | undefined {
  if (!id) return undefined;
  for (const node of roots) {
    if (node.id === id) return node;
    const found = findDepartment(node.children, id);
    if (found) return found;
  }
  return undefined;
}
