// Plain-language text of a schedule's rule and people, and its times in Beijing time.
import type { TFunction } from 'i18next';
import type { AppLanguage } from '../i18n/language';

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** An ISO date-time in Asia/Shanghai with its weekday, e.g. 2026年9月30日星期三 17:00. */
export function formatOccurrence(iso: string, language: AppLanguage): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

export function describeRule(rule: Json, t: TFunction): string {
  const at = str(rule.at);
  switch (rule.kind) {
    case 'cron':
      return t(rule.workingDaysOnly ? 'schedules.ruleCronWorking' : 'schedules.ruleCron', { cron: str(rule.cron) });
    case 'last-working-day-of-week':
      return t('schedules.ruleLastWorkingDayOfWeek', { at });
    case 'first-working-day-of-month':
      return t('schedules.ruleFirstWorkingDayOfMonth', { at });
    case 'last-week-of-month': {
      const months = Array.isArray(rule.months) ? rule.months.join('、') : '';
      return t('schedules.ruleLastWeekOfMonth', {
        at,
        months: months ? t('schedules.monthList', { months }) : t('schedules.everyMonth'),
      });
    }
    default:
      return str(rule.kind);
  }
}

export function describePeople(people: Json, t: TFunction): string {
  const role = (name: unknown) => t(`roles.${str(name)}`, { defaultValue: str(name) });
  const department = str(people.department);
  let text: string;
  switch (people.kind) {
    case 'everyone':
      text = t('schedules.peopleEveryone');
      break;
    case 'role':
      text = department
        ? t('schedules.peopleRoleIn', { role: role(people.role), department })
        : t('schedules.peopleRole', { role: role(people.role) });
      break;
    case 'department':
      text = t(people.includeSubdepartments ? 'schedules.peopleDepartmentTree' : 'schedules.peopleDepartment', {
        department,
      });
      break;
    case 'users':
      text = t('schedules.peopleUsers', { users: Array.isArray(people.users) ? people.users.join('、') : '' });
      break;
    default:
      text = str(people.kind);
  }
  const except = Array.isArray(people.exceptRoles) ? people.exceptRoles.map(role).join('、') : '';
  return except ? text + t('schedules.peopleExcept', { roles: except }) : text;
}
