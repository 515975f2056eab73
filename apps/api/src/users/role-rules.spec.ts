import { roleCombinationProblems } from './role-rules';

describe('roleCombinationProblems', () => {
  it.each([[[]], [['auditor']], [['auditor', 'auditor']], [['staff', 'leader']], [['admin']]])(
    'accepts %j',
    (roles) => {
      expect(roleCombinationProblems(roles)).toEqual([]);
    },
  );

  it.each([[['auditor', 'admin']], [['owner', 'auditor']], [['auditor', 'leader', 'staff']]])(
    'refuses %j naming /roles with code auditor-exclusive',
    (roles) => {
      expect(roleCombinationProblems(roles)).toEqual([
        { path: '/roles', message: expect.stringContaining('auditor'), code: 'auditor-exclusive' },
      ]);
    },
  );
});
