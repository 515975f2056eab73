// Bilingual words the diagram draws (pure functions use them without i18next).
import type { LocalizedText } from '@liucheng/engine';

export const DIAGRAM_LABELS = {
  always: { zh: '自动', en: 'automatic' },
  onDone: { zh: '全部完成', en: 'when done' },
  otherwise: { zh: '否则', en: 'otherwise' },
  and: { zh: '且', en: 'and' },
  or: { zh: '或', en: 'or' },
  not: { zh: '非', en: 'not' },
  isSet: { zh: '已填写', en: 'is set' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  initial: { zh: '开始', en: 'start' },
  final: { zh: '结束', en: 'end' },
  parallel: { zh: '并行', en: 'parallel' },
  task: { zh: '任务', en: 'task' },
  due: { zh: '时限', en: 'due' },
  internal: { zh: '不离开本环节', en: 'stays here' },
  starter: { zh: '发起人', en: 'starter' },
  starterManager: { zh: '发起人的领导', en: "starter's manager" },
} satisfies Record<string, LocalizedText>;

export type DiagramLanguage = 'zh-CN' | 'en';

/** The half of a `{zh, en}` label for the language, falling back to the other half. */
export function pick(label: LocalizedText | undefined, lang: DiagramLanguage, fallback = ''): string {
  if (!label) return fallback;
  return (lang === 'en' ? label.en || label.zh : label.zh || label.en) || fallback;
}

/** A diagram word in the language. */
export function word(key: keyof typeof DIAGRAM_LABELS, lang: DiagramLanguage): string {
  return pick(DIAGRAM_LABELS[key], lang);
}
