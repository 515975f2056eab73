// rjsf uiSchema hints under fields that only some outcomes take or require ("required to reject").
import type { UiSchema } from '@rjsf/utils';
import type { TFunction } from 'i18next';
import type { FieldUse } from './outcome-schema';

/**
 * Help texts for fields not taken or required by every outcome; fields every outcome requires
 * already carry the form's required mark.
 */
export function outcomeHints(
  uses: Record<string, FieldUse>,
  outcomeCount: number,
  label: (type: string) => string,
  t: TFunction,
): UiSchema {
  const ui: UiSchema = {};
  for (const [name, use] of Object.entries(uses)) {
    const names = (types: string[]) => types.map(label).join(' / ');
    const partlyUsed = use.usedBy.length > 0 && use.usedBy.length < outcomeCount;
    const partlyRequired = use.requiredBy.length > 0 && use.requiredBy.length < outcomeCount;
    const sameOutcomes = use.requiredBy.length === use.usedBy.length;
    const parts = [
      ...(partlyUsed && !(partlyRequired && sameOutcomes)
        ? [t('inbox.fieldFor', { outcomes: names(use.usedBy) })]
        : []),
      ...(partlyRequired ? [t('inbox.fieldRequiredFor', { outcomes: names(use.requiredBy) })] : []),
    ];
    if (parts.length > 0) ui[name] = { 'ui:help': parts.join(' · ') };
  }
  return ui;
}
