import { stateOptions } from './state-options';

const spec = {
  states: {
    draft: { meta: { title: { zh: '填写申请', en: 'Draft' } } },
    review: {
      type: 'parallel',
      meta: { title: { zh: '会签', en: 'Review' } },
      states: {
        legal: { meta: { title: { zh: '法务', en: 'Legal' } }, states: { pending: {}, back: { type: 'history' } } },
      },
    },
    done: { type: 'final', meta: { title: { zh: '已完成', en: 'Done' } } },
  },
};

describe('stateOptions', () => {
  it('lists every state by its titles in document order, without history states, finals marked', () => {
    expect(stateOptions(spec, 'zh-CN')).toEqual([
      { value: 'draft', label: '填写申请', final: false },
      { value: 'review', label: '会签', final: false },
      { value: 'review.legal', label: '会签 / 法务', final: false },
      { value: 'review.legal.pending', label: '会签 / 法务 / pending', final: false },
      { value: 'done', label: '已完成', final: true },
    ]);
    expect(stateOptions(spec, 'en').map((o) => o.label)).toContain('Review / Legal');
  });

  it('is empty without a spec', () => {
    expect(stateOptions(undefined, 'en')).toEqual([]);
  });
});
