import type { DepartmentNode } from '@liucheng/contracts';
import { departmentCodeOptions, departmentNameOf } from './department-codes';

const node = (code: string, zh: string, en: string, children: DepartmentNode[] = []): DepartmentNode => ({
  id: `id-${code}`,
  code,
  name: { zh, en },
  parentId: null,
  head: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  children,
});
const tree = [node('hq', '总部', 'Head office', [node('finance', '财务部', 'Finance')])];

describe('departments by code', () => {
  it('offers every department by code, labelled with its path', () => {
    expect(departmentCodeOptions(tree, 'zh-CN')).toEqual([
      { value: 'hq', label: '总部', name: '总部' },
      { value: 'finance', label: '总部 / 财务部', name: '财务部' },
    ]);
  });

  it('names a code in the language, and leaves an unknown code as it is', () => {
    expect(departmentNameOf(tree, 'finance', 'en')).toBe('Finance');
    expect(departmentNameOf(tree, 'gone', 'zh-CN')).toBe('gone');
  });
});
