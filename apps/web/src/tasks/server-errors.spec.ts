import { mapProblems, mergeErrorTrees, pointerSegments } from './server-errors';

describe('mapProblems', () => {
  it('places each /data problem under its field, nested paths included', () => {
    const { tree, other } = mapProblems([
      { path: '/data/invoiceNumber', message: 'is required' },
      { path: '/data/invoiceAmount', message: 'must be > 0' },
      { path: '/data/invoiceAmount', message: 'must be number' },
      { path: '/data/lines/0/note', message: 'must be string' },
      { path: '/data', message: 'must be object' },
    ]);
    expect(tree).toEqual({
      __errors: ['must be object'],
      invoiceNumber: { __errors: ['is required'] },
      invoiceAmount: { __errors: ['must be > 0', 'must be number'] },
      lines: { 0: { note: { __errors: ['must be string'] } } },
    });
    expect(other).toEqual([]);
  });

  it.each([
    [{ path: '/outcome', message: 'must be one of APPROVE, REJECT' }],
    [{ path: '/database', message: 'looks like data but is not' }],
    [{ path: '', message: 'root' }],
  ])('keeps %j outside the form', (problem) => {
    expect(mapProblems([problem])).toEqual({ tree: {}, other: [problem] });
  });
});

describe('pointerSegments', () => {
  it.each([
    ['/data/a~1b/c~0d', '/data', ['a/b', 'c~d']],
    ['/input/days', '/input', ['days']],
    ['/data', '/data', []],
    ['/input/days', '/data', undefined],
  ])('%s under %s -> %j', (path, prefix, expected) => {
    expect(pointerSegments(path, prefix)).toEqual(expected);
  });
});

describe('mergeErrorTrees', () => {
  it.each([
    [undefined, undefined, undefined],
    [{ a: { __errors: ['x'] } }, undefined, { a: { __errors: ['x'] } }],
    [undefined, { a: { __errors: ['y'] } }, { a: { __errors: ['y'] } }],
    [
      { a: { __errors: ['x'] }, __errors: ['root'] },
      { a: { __errors: ['y'] }, b: { c: { __errors: ['z'] } } },
      { a: { __errors: ['x', 'y'] }, b: { c: { __errors: ['z'] } }, __errors: ['root'] },
    ],
  ])('%j + %j -> %j', (a, b, expected) => {
    expect(mergeErrorTrees(a, b)).toEqual(expected);
  });
});
