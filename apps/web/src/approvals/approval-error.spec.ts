import i18next, { type TFunction } from 'i18next';
import { ApiError } from '../api/api-error';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { approvalErrorText } from './approval-error';

async function translator(lng: 'zh-CN' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const conflict = (details: Record<string, unknown>, statusCode = 409) =>
  new ApiError({ statusCode, error: 'Conflict', message: 'English for developers', details });

describe('approvalErrorText', () => {
  it('names the 409 reasons of withdraw and urge in both languages, with the retry time', async () => {
    const zh = await translator('zh-CN');
    const english = await translator('en');
    expect(approvalErrorText(conflict({ reason: 'already-acted' }), zh, 'zh-CN')).toBe('已有审批人处理过，不能再撤回');
    const tooSoon = conflict({
      reason: 'urge-too-soon',
      errors: [
        {
          path: '',
          code: 'urge-too-soon',
          message: 'urged too recently',
          params: { retryAt: '2026-06-01T02:00:00.000Z' },
        },
      ],
    });
    const text = approvalErrorText(tooSoon, english, 'en');
    expect(text).toMatch(/^Reminded too recently; try again after /);
    expect(text).toContain('2026');
    expect(approvalErrorText(tooSoon, zh, 'zh-CN')).toMatch(/^催办过于频繁，请于 .*2026.* 之后再试$/);
  });

  it('labels a field code (unknown-user) and falls back to the forms wording of a validator code', async () => {
    const english = await translator('en');
    const unknown = conflict({ errors: [{ path: '/to', code: 'unknown-user', message: 'no such user' }] }, 422);
    expect(approvalErrorText(unknown, english, 'en')).toBe('No such user, or deactivated');
    const long = conflict(
      { errors: [{ path: '/reason', code: 'maxLength', message: 'too long', params: { limit: 2000 } }] },
      400,
    );
    expect(approvalErrorText(long, english, 'en')).not.toContain('too long');
  });

  it('never shows the English message of an unlabelled refusal in Chinese', async () => {
    const zh = await translator('zh-CN');
    expect(approvalErrorText(conflict({}, 403), zh, 'zh-CN')).toBe('您无权进行此操作');
    const other = approvalErrorText(conflict({ reason: 'something-new' }), zh, 'zh-CN');
    expect(other).not.toContain('English');
    expect(other).toContain('409');
  });
});
