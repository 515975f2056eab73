import type { Department, DepartmentNode } from '@liucheng/contracts';

export interface DepartmentRow {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  parent_id: string | null;
  head: string | null;
  created_at: Date;
}

/** Selects {@link DepartmentRow} from `departments d`. */
export const DEPARTMENT_COLUMNS = `d.id, d.code, d.name_zh, d.name_en, d.parent_id,
  (SELECT h.username FROM users h WHERE h.id = d.head_user_id) AS head, d.created_at`;

export function toDepartment(row: DepartmentRow): Department {
  return {
    id: row.id,
    code: row.code,
    name: { zh: row.name_zh, en: row.name_en },
    parentId: row.parent_id,
    head: row.head,
    createdAt: row.created_at.toISOString(),
  };
}

/** Nests departments under their parents (roots: no parent, or a parent not in the list). */
export function toTree(departments: Department[]): DepartmentNode[] {
  const nodes = new Map(departments.map((d) => [d.id, { ...d, children: [] as DepartmentNode[] }]));
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
