import { specMeta, stateTitle, stateValuePaths } from './spec-meta';

const spec = {
  id: 'leave-request',
  meta: {
    title: { zh: '请假申请', en: 'Leave request' },
    input: { type: 'object', properties: { days: { type: 'integer' } } },
    events: {
      APPROVE: { title: { zh: '批准', en: 'Approve' }, schema: { type: 'object' } },
      REJECT: {},
    },
  },
  states: {
    submitted: { meta: { title: { zh: '待审批', en: 'Awaiting approval' } } },
    review: { states: { legal: { meta: { title: { zh: '法务审核', en: 'Legal review' } } }, finance: {} } },
  },
};

describe('stateValuePaths', () => {
  it.each([
    ['submitted', ['submitted']],
    [{ review: 'legal' }, ['review.legal']],
    [{ review: { legal: 'draft' }, sign: 'waiting' }, ['review.legal.draft', 'sign.waiting']],
  ])('%j -> %j', (value, paths) => {
    expect(stateValuePaths(value)).toEqual(paths);
  });
});

describe('stateTitle', () => {
  it.each([
    ['submitted', { zh: '待审批', en: 'Awaiting approval' }],
    ['review.legal', { zh: '法务审核', en: 'Legal review' }],
    ['review.finance', undefined],
    ['missing.path', undefined],
  ])('%s -> %j', (path, title) => {
    expect(stateTitle(spec, path)).toEqual(title);
  });
});

describe('specMeta', () => {
  it('reads titles, the input schema and event schemas', () => {
    const meta = specMeta(spec);
    expect(meta.title).toEqual({ zh: '请假申请', en: 'Leave request' });
    expect(meta.input).toBe(spec.meta.input);
    expect(meta.events.APPROVE).toEqual({ title: { zh: '批准', en: 'Approve' }, schema: { type: 'object' } });
    expect(meta.events.REJECT).toEqual({ title: undefined, schema: undefined });
  });

  it.each([[undefined], [{}], [{ meta: 'x' }]])('tolerates %j', (value) => {
    expect(specMeta(value)).toEqual({
      title: undefined,
      description: undefined,
      input: undefined,
      events: {},
      fields: {},
    });
  });
});
