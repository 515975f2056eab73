// The titles and forms a new 补充信息 loop's two events get: the question asked, the answer given.
import type { EventMeta } from '@liucheng/engine';

export const INFO_EVENTS: { ask: EventMeta; answer: EventMeta } = {
  ask: {
    title: { zh: '要求补充信息', en: 'Ask for more information' },
    schema: {
      type: 'object',
      required: ['question'],
      properties: { question: { type: 'string', minLength: 1, title: '需补充的内容 / What is missing' } },
    },
  },
  answer: {
    title: { zh: '补充信息', en: 'Add information' },
    schema: {
      type: 'object',
      required: ['answer'],
      properties: { answer: { type: 'string', minLength: 1, title: '补充内容 / Answer' } },
    },
  },
};
