// What a ledger total's row is called: a person, a unit, a month, or a unit's own entries.
import type { LedgerTotal } from '@liucheng/contracts';
import type { TFunction } from 'i18next';
import { pickLabel } from '../i18n/localize';
import type { AppLanguage } from '../i18n/language';

export function groupLabel(total: LedgerTotal, language: AppLanguage, t: TFunction): string {
  if (total.key === 'none' || total.key === 'none:none') return t('ledger.none');
  const label = pickLabel(total.label, language, total.key);
  return total.key.startsWith('none:') ? t('ledger.unitEntry', { unit: label }) : label;
}
