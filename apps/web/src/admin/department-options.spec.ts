import type { DepartmentNode } from '@liucheng/contracts';
import { departmentOptions, findDepartment } from './department-options';

const node = (id: string, zh: string, en: string, children: DepartmentNode[] = []): DepartmentNode => ({
  id,
  code: id,
  name: { zh, en },
  parentId: null,
  head: null,
  createdAt: '2026-01-01T00:00:00Z',
  children,
});

const tree = [
  node('hq', '总部', 'Headquarters', [
    node('finance', '财务部', 'Finance', [node('tax', '税务组', 'Tax')]),
    node('legal', '法务部', 'Legal'),
  ]),
];

describe('departmentOptions', () => {
  it('lists parents before children with their paths, in the language', () => {
    expect(departmentOptions(tree, 'zh-CN').map((option) => option.path)).toEqual([
      '总部',
      '总部 / 财务部',
      '总部 / 财务部 / 税务组',
      '总部 / 法务部',
    ]);
    expect(departmentOptions(tree, 'en')[1].label).toBe('Finance');
  });

  it('leaves out a department and its subtree (where it cannot move)', () => {
    expect(departmentOptions(tree, 'en', 'finance').map((option) => option.value)).toEqual(['hq', 'legal']);
  });
});

describe('findDepartment', () => {
  it('finds nested departments, nothing for null or unknown', () => {
    expect(findDepartment(tree, 'tax')?.name.zh).toBe('税务组');
    expect(findDepartment(tree, null)).toBeUndefined();
    expect(findDepartment(tree, 'nope')).toBeUndefined();
  });
});
