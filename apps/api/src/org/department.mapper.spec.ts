import type { Department } from '@liucheng/contracts';
import { toTree } from './department.mapper';

const dept = (id: string, parentId: string | null): Department => ({
  id,
  code: id,
  name: { zh: id, en: id },
  parentId,
  head: null,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('toTree', () => {
  it('nests children under parents in list order', () => {
    const tree = toTree([dept('root', null), dept('b', 'root'), dept('a', 'root'), dept('a1', 'a')]);
    expect(tree.map((n) => n.id)).toEqual(['root']);
    expect(tree[0].children.map((n) => n.id)).toEqual(['b', 'a']);
    expect(tree[0].children[1].children.map((n) => n.id)).toEqual(['a1']);
  });

  it('makes a department whose parent is missing a root', () => {
    expect(toTree([dept('orphan', 'gone')]).map((n) => n.id)).toEqual(['orphan']);
  });
});
