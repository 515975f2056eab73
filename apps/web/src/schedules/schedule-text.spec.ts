import i18next from 'i18next';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { describePeople, describeRule, formatOccurrence } from './schedule-text';

describe('schedule text', () => {
  const make = async (lng: 'zh-CN' | 'en') => {
    const instance = i18next.createInstance();
    await instance.init({ lng, resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } } });
    return instance.t;
  };

  it('describes rules and people in Chinese with role labels, and in English', async () => {
    const zh = await make('zh-CN');
    expect(describeRule({ kind: 'last-working-day-of-week', at: '08:00' }, zh)).toBe(
      '每个工作周的最后一个工作日 08:00',
    );
    expect(describeRule({ kind: 'last-week-of-month', months: [12], at: '09:00' }, zh)).toBe(
      '12月最后一周的第一个工作日 09:00',
    );
    expect(describePeople({ kind: 'everyone', exceptRoles: ['auditor'] }, zh)).toBe('所有在职人员（不含角色：审计）');
    expect(describePeople({ kind: 'role', role: 'staff' }, zh)).toBe('角色“员工”');
    const english = await make('en');
    expect(describeRule({ kind: 'cron', cron: '0 9 * * 1', workingDaysOnly: true }, english)).toBe(
      'cron "0 9 * * 1" (Beijing time, working days only)',
    );
    expect(describePeople({ kind: 'department', department: 'bizdev', includeSubdepartments: true }, english)).toBe(
      'Department bizdev and its sub-departments',
    );
  });

  it('shows occurrences in Beijing time whatever the reader’s zone', () => {
    expect(formatOccurrence('2026-09-30T09:00:00.000Z', 'zh-CN')).toMatch(/2026年9月30日.*周三.*17:00/);
    expect(formatOccurrence('2026-09-30T09:00:00.000Z', 'en')).toMatch(/Wed.*Sep 30.*2026.*17:00/);
  });
});
