// Pure: departments by code (how definitions and department fields name them), labelled by path.
import type { DepartmentNode } from '@liucheng/contracts';
import type { AppLanguage } from '../i18n/language';
import { pickLabel } from '../i18n/localize';

export interface DepartmentCodeOption {
  value: string;
  /** The path from the root: 总部 / 财务部. */
  label: string;
  /** The department's own name. */
  name: string;
}

/** Every department as a code option, parents before children. */
export function departmentCodeOptions(roots: readonly DepartmentNode[], language: AppLanguage): DepartmentCodeOption[] {
  const out: DepartmentCodeOption[] = [];
  const visit = (node: DepartmentNode, parents: string[]) => {
    const name = pickLabel(node.name, language, node.code);
    out.push({ value: node.code, label: [...parents, name].join(' / '), name });
    for (const child of node.children) visit(child, [...parents, name]);
  };
  for (const root of roots) visit(root, []);
  return out;
}

/** The name of the department with `code`, or the code when the tree does not have it. */
export function departmentNameOf(roots: readonly DepartmentNode[], code: string, language: AppLanguage): string {
  return departmentCodeOptions(roots, language).find((option) => option.value === code)?.name ?? code;
}
