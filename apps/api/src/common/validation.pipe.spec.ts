import type { ValidationError } from '@nestjs/common';
import { toProblems } from './validation.pipe';

const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []) =>
  ({ property, constraints, children }) as ValidationError;

describe('toProblems', () => {
  it('gives every constraint its JSON Pointer and its constraint name as the code, parents first', () => {
    expect(
      toProblems([
        error('roles', { isArray: 'roles must be an array' }, [
          error('0', { isString: 'each value must be a string' }),
        ]),
        error('a/b~c', { whitelistValidation: 'property a/b~c should not exist' }),
      ]),
    ).toEqual([
      { path: '/roles', message: 'roles must be an array', code: 'isArray' },
      { path: '/roles/0', message: 'each value must be a string', code: 'isString' },
      { path: '/a~1b~0c', message: 'property a/b~c should not exist', code: 'whitelistValidation' },
    ]);
  });

  it('flattens a long chain of children without recursion', () => {
    let chain = error('leaf', { isString: 'leaf must be a string' });
    for (let i = 0; i < 5_000; i++) chain = error('n', undefined, [chain]);
    const [problem] = toProblems([chain]);
    expect(problem.code).toBe('isString');
    expect(problem.path.endsWith('/n/leaf')).toBe(true);
  });
});
