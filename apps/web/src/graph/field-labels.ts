// Field names for people, read from the spec's schemas ("预计金额（元） / Estimated amount (CNY)").
import type { WorkflowSpec } from '@liucheng/engine';
import type { DiagramLanguage } from './diagram-labels';
import { enumLabel } from '../request/field-value';
import { plainFieldLabel, type FieldLabeler } from './describe-guard';

/** Splits "中文 / English" titles; a title without the separator is used whole. */
function half(title: string, lang: DiagramLanguage): string {
  const parts = title.split(/\s*\/\s+/);
  if (parts.length !== 2) return title;
  return (lang === 'en' ? parts[1] : parts[0]).trim() || title;
}

/**
 * A labeler that names `context.x` by the input schema's title of `x` (or any event schema's),
 * and `event.data.x` by the event schemas; other paths by their last segment.
 */
export function specFieldLabeler(spec: WorkflowSpec): FieldLabeler {
  const titles = new Map<string, string>();
  const schemas = new Map<string, unknown>();
  const collect = (schema: unknown) => {
    const props = (schema as { properties?: Record<string, { title?: unknown }> } | undefined)?.properties ?? {};
    for (const [name, prop] of Object.entries(props)) {
      if (typeof prop?.title === 'string' && !titles.has(name)) titles.set(name, prop.title);
      if (!schemas.has(name)) schemas.set(name, prop);
    }
  };
  collect(spec.meta?.input);
  for (const event of Object.values(spec.meta?.events ?? {})) collect(event.schema);
  const fieldOf = (path: string) => /^(?:context|event\.data)\.([^.]+)$/.exec(path)?.[1];
  const labeler: FieldLabeler = (path, lang) => {
    const name = fieldOf(path);
    const title = name ? titles.get(name) : undefined;
    return title ? half(title, lang) : plainFieldLabel(path, lang);
  };
  labeler.value = (path, value, lang) => {
    const name = fieldOf(path);
    return name ? enumLabel(value, schemas.get(name), lang) || undefined : undefined;
  };
  return labeler;
}
