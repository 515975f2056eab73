import { asLabel, pickLabel, splitBilingual } from './localize';

describe('splitBilingual', () => {
  it.each([
    ['天数 / Days', 'zh-CN', '天数'],
    ['天数 / Days', 'en', 'Days'],
    ['预计金额（元）/ Estimated amount (CNY)', 'zh-CN', '预计金额（元）'],
    ['预计金额（元）/ Estimated amount (CNY)', 'en', 'Estimated amount (CNY)'],
    ['days', 'en', 'days'],
    ['A/B ratio', 'en', 'A/B ratio'],
    [
      'city = 市区（三天 / 3 days）; county = 县区（一周 / one week）',
      'en',
      'city = 市区（三天 / 3 days）; county = 县区（一周 / one week）',
    ],
    [' / Days', 'zh-CN', ' / Days'],
  ] as const)('%j in %s -> %j', (title, language, expected) => {
    expect(splitBilingual(title, language)).toBe(expected);
  });
});

describe('pickLabel', () => {
  it.each([
    [{ zh: '批准', en: 'Approve' }, 'zh-CN', '批准'],
    [{ zh: '批准', en: 'Approve' }, 'en', 'Approve'],
    [{ zh: '批准', en: '' }, 'en', '批准'],
    [{ zh: '', en: 'Approve' }, 'zh-CN', 'Approve'],
    [undefined, 'en', 'APPROVE'],
  ] as const)('%j in %s -> %j', (label, language, expected) => {
    expect(pickLabel(label, language, 'APPROVE')).toBe(expected);
  });
});

describe('asLabel', () => {
  it.each([
    [
      { zh: '甲', en: 'A' },
      { zh: '甲', en: 'A' },
    ],
    [{ zh: '甲' }, { zh: '甲', en: '' }],
    [
      { en: 'A', extra: 1 },
      { zh: '', en: 'A' },
    ],
    ['plain', undefined],
    [null, undefined],
    [{ title: 'x' }, undefined],
  ])('%j -> %j', (value, expected) => {
    expect(asLabel(value)).toEqual(expected);
  });
});
