// Pure spec transforms for the definition's event list (`meta.events`).
import type { LocalizedText, WorkflowSpec } from '@liucheng/engine';
import { cloneSpec } from './spec-draft';

/** Sets one language of an event's title, declaring the event (without a data schema) when missing. */
export function setEventTitle(
  spec: WorkflowSpec,
  event: string,
  lang: keyof LocalizedText,
  text: string,
): WorkflowSpec {
  const next = cloneSpec(spec);
  const events = (next.meta.events ??= {});
  const entry = events[event];
  if (entry) entry.title = { ...entry.title, [lang]: text };
  else events[event] = { title: { zh: '', en: '', [lang]: text } };
  return next;
}
