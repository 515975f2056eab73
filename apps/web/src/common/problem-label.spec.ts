import {
  HISTORY_FAILURE_REASONS,
  AJV_KEYWORD_CODES,
  DATA_PROBLEM_CODES,
  DEFINITION_PROBLEM_CODES,
  standardRegistry,
  validateDefinition,
} from '@liucheng/engine';
import i18next, { type TFunction } from 'i18next';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { validationMessage } from '../tasks/validation-messages';
import { problemLabel } from './problem-label';

async function translator(lng: 'zh-CN' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

// Echoes the key, so the test sees which message was chosen.
const echo = ((key: string) => key) as unknown as TFunction;
const has = (tree: Record<string, Record<string, string>>, key: string) => {
  const [group, ...rest] = key.split('.');
  return typeof tree[group]?.[rest.join('.')] === 'string';
};
const trees = {
  zh: zhCN as unknown as Record<string, Record<string, string>>,
  en: en as unknown as Record<string, Record<string, string>>,
};

describe('problem labels cover every code the engine can emit', () => {
  it.each(DEFINITION_PROBLEM_CODES)('definition code %s has a zh-CN and an en label', async (code) => {
    expect(has(trees.zh, `problems.${code}`)).toBe(true);
    expect(has(trees.en, `problems.${code}`)).toBe(true);
    const problem = { path: 'states.a', code, params: { keyword: 'required' }, message: 'ENGLISH MESSAGE' };
    for (const lng of ['zh-CN', 'en'] as const) {
      const label = problemLabel(problem, await translator(lng));
      expect(label).not.toContain('ENGLISH MESSAGE');
      expect(label).not.toContain('problems.');
    }
  });

  it.each([...DATA_PROBLEM_CODES, ...AJV_KEYWORD_CODES])('data code %s maps to a label in both languages', (code) => {
    const key = validationMessage({ name: code, params: {}, message: 'ENGLISH MESSAGE' }, echo);
    expect(key).toMatch(/^(inbox|problems)\./);
    expect(has(trees.zh, key)).toBe(true);
    expect(has(trees.en, key)).toBe(true);
  });
});

describe('history verification reasons', () => {
  it.each(HISTORY_FAILURE_REASONS)('reason %s has a label in both languages', (code) => {
    expect(has(trees.zh, `verify.code-${code}`)).toBe(true);
    expect(has(trees.en, `verify.code-${code}`)).toBe(true);
  });
});

describe('problemLabel', () => {
  it('words a real validation result in Chinese with its params, and in English', async () => {
    const spec = {
      id: 'wf',
      initial: 'a',
      meta: { title: { zh: '甲', en: 'A' } },
      states: { a: { on: { GO: ['b', 'nowhere'] } }, b: { type: 'final' } },
    };
    const { errors } = validateDefinition(spec, standardRegistry);
    const zh = await translator('zh-CN');
    const english = await translator('en');
    expect(errors.map((p) => problemLabel(p, zh))).toEqual([
      '目标“nowhere”不是已知的状态',
      '此转换永远不会触发：同一事件“GO”前面已有一个无条件的转换',
    ]);
    expect(errors.map((p) => problemLabel(p, english))).toEqual([
      'Target "nowhere" is not a known state',
      'This transition can never fire: an unguarded transition for "GO" comes before it',
    ]);
  });

  it('names the failed keyword of an invalid parameter in words', async () => {
    const problem = {
      path: 'states.a.on.GO.guard.params.field',
      code: 'invalid-param',
      params: { keyword: 'required', missingProperty: 'field' },
      message: 'is required',
    };
    expect(problemLabel(problem, await translator('zh-CN'))).toBe('参数无效：必填');
  });

  it('shows a problem without a code as it came', async () => {
    expect(problemLabel({ path: '', message: 'from elsewhere' }, await translator('zh-CN'))).toBe('from elsewhere');
  });

  it('words server codes (proxies, departments) in both languages', async () => {
    const problem = { path: '/startsAt', code: 'proxy-overlap', message: 'overlaps' };
    expect(problemLabel(problem, await translator('zh-CN'))).toBe('该时间段与已有的代理时间重叠');
    expect(problemLabel(problem, await translator('en'))).toBe('This range overlaps another proxy range');
  });
});
