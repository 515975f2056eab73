// Pure: the searchable fields of a definition (`meta.search`) for the audit search and the designers —
// which fields a start form offers, their labels in the reader's language, whether a field holds a
// number, and the declarations kept in step with the form.
import type { FieldKind } from '../audit/audit-search';
import type { AppLanguage } from '../i18n/language';
import { asLabel, pickLabel, splitBilingual } from '../i18n/localize';

/** The server's limit on `meta.search` (docs/http-api.md). */
export const MAX_SEARCH_FIELDS = 10;

/** What a field holds, for the operators the audit search puts first. */
export type SearchFieldKind = FieldKind;

export interface SearchFieldChoice {
  /** The context path (`amount`, `guest.count`). */
  path: string;
  /** The title in the reader's language, or the path when nothing names it. */
  label: string;
  /** Whether a schema or `meta.fields` names it (else the label is the raw path). */
  titled: boolean;
  kind: SearchFieldKind;
  /** Declared in `meta.search`: the audit search finds it through the index. */
  indexed: boolean;
  /** A top-level field of the start form (`meta.input`). */
  inForm: boolean;
}

type Props = Record<string, Record<string, unknown>>;

function objectAt(value: unknown, key: string): Record<string, unknown> {
  const child = (value as Record<string, unknown> | null | undefined)?.[key];
  return typeof child === 'object' && child !== null && !Array.isArray(child) ? (child as Record<string, unknown>) : {};
}

function propertiesOf(schema: unknown): Props {
  return objectAt(schema, 'properties') as Props;
}

/**
 * A schema title in the language: "中文 / English" split, `{zh, en}` (or `{'zh-CN', en}`) picked.
 * @example fieldTitle('报销金额 / Amount', 'en') // 'Amount'
 */
export function fieldTitle(title: unknown, language: AppLanguage): string | undefined {
  if (typeof title === 'string') return title.trim() ? splitBilingual(title, language) : undefined;
  const record = typeof title === 'object' && title !== null ? (title as Record<string, unknown>) : undefined;
  const label = asLabel(record && typeof record['zh-CN'] === 'string' ? { ...record, zh: record['zh-CN'] } : record);
  return pickLabel(label, language) || undefined;
}

/** Whether a start-form property can be searched by one comparison: a scalar, not a file, table or range. */
export function isSearchableProperty(prop: Record<string, unknown> | undefined): boolean {
  if (!prop || prop['x-kind'] === 'file') return false;
  return ['string', 'number', 'integer', 'boolean'].includes(prop.type as string);
}

/** The top-level start-form fields a process owner may mark searchable, in form order, labelled. */
export function searchableFormFields(form: unknown, language: AppLanguage): { name: string; label: string }[] {
  return Object.entries(propertiesOf(form))
    .filter(([, prop]) => isSearchableProperty(prop))
    .map(([name, prop]) => ({ name, label: fieldTitle(prop.title, language) ?? name }));
}

/** `meta.search` of a spec: its string entries (anything else the server refuses anyway). */
export function declaredSearch(spec: unknown): string[] {
  const search = objectAt(spec, 'meta').search;
  return Array.isArray(search) ? search.filter((path): path is string => typeof path === 'string') : [];
}

function summaryMoney(spec: unknown): string[] {
  const summary = objectAt(spec, 'meta').summary;
  if (!Array.isArray(summary)) return [];
  return summary
    .filter((f): f is { path: string; format?: unknown } => typeof (f as { path?: unknown })?.path === 'string')
    .filter((f) => f.format === 'money')
    .map((f) => f.path);
}

/** The schema of a top-level field: the start form's, else the first event form's that has it. */
function propertyOf(spec: unknown, path: string): Record<string, unknown> | undefined {
  const meta = objectAt(spec, 'meta');
  const fromInput = propertiesOf(meta.input)[path];
  if (fromInput) return fromInput;
  for (const event of Object.values(objectAt(meta, 'events'))) {
    const prop = propertiesOf(objectAt(event, 'schema'))[path];
    if (prop) return prop;
  }
  return undefined;
}

/** The label of a context path: a schema title, then `meta.fields`, else undefined. */
function titleOf(spec: unknown, path: string, language: AppLanguage): string | undefined {
  return (
    fieldTitle(propertyOf(spec, path)?.title, language) ??
    fieldTitle(objectAt(objectAt(spec, 'meta'), 'fields')[path], language)
  );
}

/**
 * Number when a schema says number/integer (or the summary shows it as money), text when a schema
 * says string/boolean, else unknown (a path no schema names).
 */
export function searchFieldKind(spec: unknown, path: string | undefined): SearchFieldKind {
  if (!path) return 'unknown';
  const type = propertyOf(spec, path)?.type;
  if (type === 'number' || type === 'integer' || summaryMoney(spec).includes(path)) return 'number';
  if (type === 'string' || type === 'boolean') return 'text';
  return 'unknown';
}

/**
 * What the audit search offers for a definition: its declared fields first (indexed), then the
 * other searchable start-form fields (read from the contexts), each labelled in the language.
 */
export function auditFieldChoices(spec: unknown, language: AppLanguage): SearchFieldChoice[] {
  const declared = declaredSearch(spec);
  const form = propertiesOf(objectAt(spec, 'meta').input);
  const choice = (path: string, indexed: boolean) => pathChoice(spec, path, language, indexed, path in form);
  const others = Object.keys(form).filter((name) => !declared.includes(name) && isSearchableProperty(form[name]));
  return [...declared.map((path) => choice(path, true)), ...others.map((path) => choice(path, false))];
}

/** A context path as a choice, labelled by the schema or `meta.fields` that names it. */
function pathChoice(
  spec: unknown,
  path: string,
  language: AppLanguage,
  indexed: boolean,
  inForm: boolean,
): SearchFieldChoice {
  const title = titleOf(spec, path, language);
  return {
    path,
    label: title ?? path,
    titled: title !== undefined,
    kind: searchFieldKind(spec, path),
    indexed,
    inForm,
  };
}

/**
 * The designer's choices: the start form's searchable fields, then any declared path that is not
 * one of them (written by the process, or set in the JSON), kept and flagged `inForm: false`.
 */
export function designerFieldChoices(spec: unknown, language: AppLanguage): SearchFieldChoice[] {
  const declared = declaredSearch(spec);
  const formFields = searchableFormFields(objectAt(spec, 'meta').input, language);
  const offered = new Set(formFields.map((f) => f.name));
  const foreign = declared.filter((path) => !offered.has(path));
  return [
    ...formFields.map((f) => ({
      path: f.name,
      label: f.label,
      titled: f.label !== f.name,
      kind: searchFieldKind(spec, f.name),
      indexed: declared.includes(f.name),
      inForm: true,
    })),
    ...foreign.map((path) => pathChoice(spec, path, language, true, false)),
  ];
}

/**
 * Whether the designer takes a new selection: one past the limit is refused, but removing from a
 * list already over it (written in the JSON) always is allowed.
 */
export function acceptsSearch(previous: readonly string[], next: readonly string[]): boolean {
  return next.length <= MAX_SEARCH_FIELDS || next.length < previous.length;
}

/**
 * The declarations after the start form changed: a field the owner removed from the form is no
 * longer searched; paths that were never form fields (written by the process) are kept.
 * @example pruneRemovedFields(['amount', 'total'], {properties: {amount: {}}}, {properties: {}}) // ['total']
 */
export function pruneRemovedFields(search: readonly string[], before: unknown, after: unknown): string[] {
  const was = propertiesOf(before);
  const now = propertiesOf(after);
  return search.filter((path) => !(path in was) || path in now);
}

/**
 * Definition meta with `search` set, or removed when empty; every other key kept. Undefined when
 * nothing is left (the tree's `meta` is optional).
 */
export function withSearch<M extends Record<string, unknown>>(
  meta: M | undefined,
  search: readonly string[],
): M | undefined {
  const { search: _old, ...rest } = meta ?? ({} as M);
  const next = search.length > 0 ? { ...rest, search: [...search] } : rest;
  return Object.keys(next).length > 0 ? (next as unknown as M) : undefined;
}
