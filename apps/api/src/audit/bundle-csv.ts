import { canonicalJson, type EvidenceBundle } from '@liucheng/engine';

const COLUMNS = [
  'instanceId',
  'businessKey',
  'definitionKey',
  'version',
  'seq',
  'at',
  'actor',
  'type',
  'data',
  'stateAfter',
  'prevHash',
  'hash',
];

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
function field(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : canonicalJson(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per history entry, instances in bundle order; UTF-8 with a BOM so spreadsheets read Chinese. */
export function bundleCsv(bundle: EvidenceBundle): string {
  const lines = [COLUMNS.join(',')];
  for (const i of bundle.instances)
    for (const e of i.history)
      lines.push(
        [
          i.id,
          i.businessKey,
          i.definitionKey,
          i.version,
          e.seq,
          e.at,
          e.actor,
          e.type,
          e.data,
          e.stateAfter,
          e.prevHash,
          e.hash,
        ]
          .map(field)
          .join(','),
      );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
