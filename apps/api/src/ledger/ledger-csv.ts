import type { LedgerEntryContract } from '@liucheng/contracts';

const HEADINGS = {
  'zh-CN': ['记录时间', '月份', '类型', '金额（元）/分值', '人员', '账号', '单位', '原因', '流程', '业务编号', '实例'],
  en: [
    'Recorded at',
    'Month',
    'Kind',
    'Amount (CNY) / points',
    'Person',
    'Username',
    'Unit',
    'Reason',
    'Process',
    'Business key',
    'Instance',
  ],
} as const;

const KINDS = {
  'zh-CN': { fine: '罚款', penalty: '处罚', points: '加分' },
  en: { fine: 'Fine', penalty: 'Penalty', points: 'Points' },
} as const;

/** RFC 4180 field: quoted when needed; a leading = + - @ is defused for spreadsheets. */
function field(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `yyyy-MM-dd HH:mm` in Asia/Shanghai. */
const shanghai = (at: string) => new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The ledger's entries as CSV in the reader's language; UTF-8 with a BOM so Excel reads Chinese. */
export function ledgerCsv(entries: LedgerEntryContract[], lang: 'zh-CN' | 'en'): string {
  const pick = (label: { zh: string; en: string }) => (lang === 'en' ? label.en : label.zh);
  const lines = [HEADINGS[lang].map(field).join(',')];
  for (const e of entries)
    lines.push(
      [
        shanghai(e.at),
        e.month,
        KINDS[lang][e.kind],
        e.kind === 'points' ? e.amount : e.amount.toFixed(2),
        e.person ? pick(e.person.displayName) : null,
        e.person?.username ?? null,
        e.department ? pick(e.department.name) : null,
        pick(e.reason),
        pick(e.definitionTitle),
        e.businessKey,
        e.instanceId,
      ]
        .map(field)
        .join(','),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
