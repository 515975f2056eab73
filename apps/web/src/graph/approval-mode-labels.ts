// How an approval step decides, as the small badge on its diagram node (pure: no i18next).
import type { ApprovalMode, LocalizedText } from '@liucheng/engine';
import { pick, type DiagramLanguage } from './diagram-labels';

const MODE_LABELS: Record<ApprovalMode, LocalizedText> = {
  any: { zh: '或签', en: 'Any one' },
  all: { zh: '会签', en: 'All' },
  sequential: { zh: '依次', en: 'In turn' },
  vote: { zh: '票签', en: 'Vote' },
};

/** The badge text of an approval mode in the language. */
export function approvalModeLabel(mode: ApprovalMode, lang: DiagramLanguage): string {
  return pick(MODE_LABELS[mode], lang, mode);
}
