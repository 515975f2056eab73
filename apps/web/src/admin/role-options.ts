// Pure: roles as Select options labelled in the UI language (the API's titles, else ours).
import type { RoleInfo } from '@liucheng/contracts';
import type { AppLanguage } from '../i18n/language';
import { pickLabel } from '../i18n/localize';

export function roleOptions(roles: readonly RoleInfo[], language: AppLanguage): { value: string; label: string }[] {
  return roles.map((role) => ({ value: role.name, label: pickLabel(role.title, language, role.name) }));
}
