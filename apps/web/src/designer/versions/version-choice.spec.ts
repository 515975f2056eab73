import { defaultComparison } from './version-choice';

describe('defaultComparison', () => {
  it.each([
    [[], false, null],
    [[], true, null],
    [[1], false, null],
    [[1], true, [1, 'draft']],
    [[2, 1, 3], false, [2, 3]],
    [[1, 2], true, [2, 'draft']],
  ])('versions %j, draft %p -> %j', (numbers, hasDraft, expected) => {
    expect(
      defaultComparison(
        numbers.map((version) => ({ version })),
        hasDraft,
      ),
    ).toEqual(expected);
  });
});
