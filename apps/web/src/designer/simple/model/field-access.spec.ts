import type { NodeTask } from '@liucheng/engine';
import { withFieldAccess } from './field-access';

const task: NodeTask = { title: { zh: '审批', en: 'Approve' } };

describe('a node’s 表单权限', () => {
  it('stores editable and hidden fields, and read-only as nothing', () => {
    const edited = withFieldAccess(withFieldAccess(task, 'amount', 'edit'), 'note', 'hidden');
    expect(edited.fieldAccess).toEqual({ amount: 'edit', note: 'hidden' });
    expect(withFieldAccess(edited, 'amount', 'read').fieldAccess).toEqual({ note: 'hidden' });
  });

  it('leaves no empty map behind', () => {
    expect(withFieldAccess(withFieldAccess(task, 'amount', 'edit'), 'amount', 'read')).toEqual(task);
  });
});
