import { canonicalJson, type EvidenceBundle } from '@liucheng/engine';
import { REPORT_LABELS, type ReportLanguage } from './bundle-report.labels';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A time for the reader: Asia/Shanghai, in the report's language. */
function when(iso: string, lang: ReportLanguage): string {
  return new Intl.DateTimeFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(new Date(iso));
}

const json = (value: unknown) => escape(typeof value === 'string' ? value : canonicalJson(value));

const PRINT_CSS = `
body { font: 12px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #111; }
h1 { font-size: 20px; } h2 { font-size: 15px; margin-top: 28px; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; } td.mono, .mono { font-family: ui-monospace, monospace; font-size: 10px; word-break: break-all; }
ol.timeline { list-style: none; padding-left: 0; border-left: 2px solid #1677ff; margin-left: 6px; }
ol.timeline li { padding: 2px 0 8px 14px; }
@media print { body { margin: 0; } section.instance { break-before: page; } tr, li { break-inside: avoid; } a { color: inherit; } }
@page { size: A4; margin: 14mm; }`;

/** The printable report of a bundle: what it covers, then each instance's facts and timeline. */
export function bundleReportHtml(bundle: EvidenceBundle, lang: ReportLanguage): string {
  const t = REPORT_LABELS[lang];
  const c = bundle.checkpoint;
  const head = `<table>
<tr><th>${t.createdAt}</th><td>${escape(when(bundle.createdAt, lang))}</td></tr>
<tr><th>${t.createdBy}</th><td>${escape(bundle.createdBy)}</td></tr>
<tr><th>${t.filter}</th><td class="mono">${json(bundle.filter)}</td></tr>
<tr><th>${t.instances}</th><td>${bundle.manifest.instanceCount}</td></tr>
<tr><th>${t.entries}</th><td>${bundle.manifest.entryCount}</td></tr>
<tr><th>${t.checkpoint}</th><td>${
    c
      ? `#${c.seq} · ${escape(when(c.at, lang))} · ${c.count} · <span class="mono">${c.root}</span> · ${
          c.signature ? `${t.signed} <span class="mono">${c.signature.fingerprint}</span>` : t.unsigned
        }`
      : t.none
  }</td></tr>
<tr><th>${t.manifest}</th><td class="mono">${bundle.manifestSha256}</td></tr>
</table><p>${escape(t.verifyHint)}</p>`;
  const sections = bundle.instances.map((i) => {
    const files = i.attachments.length
      ? i.attachments.map((a) => `${escape(a.fileName)} <span class="mono">${a.sha256}</span>`).join('<br>')
      : t.none;
    const timeline = i.history
      .map(
        (e) => `<li><strong>${e.seq}. ${escape(e.type)}</strong> — ${escape(e.actor)} · ${escape(when(e.at, lang))}
<table><tr><th>${t.data}</th><td class="mono">${json(e.data)}</td></tr>
<tr><th>${t.stateAfter}</th><td class="mono">${json(e.stateAfter)}</td></tr>
<tr><th>${t.hash}</th><td class="mono">${e.hash}</td></tr></table></li>`,
      )
      .join('\n');
    return `<section class="instance"><h2>${t.instance} ${escape(i.businessKey ?? i.id)}</h2>
<table>
<tr><th>${t.instance}</th><td class="mono">${i.id}</td></tr>
<tr><th>${t.definition}</th><td>${escape(i.definitionKey)} · ${t.version} ${i.version}</td></tr>
<tr><th>${t.status}</th><td>${escape(t.statuses[i.status] ?? i.status)}</td></tr>
<tr><th>${t.startedBy}</th><td>${escape(i.startedBy)} · ${escape(when(i.createdAt, lang))}</td></tr>
<tr><th>${t.businessKey}</th><td>${escape(i.businessKey ?? t.none)}</td></tr>
<tr><th>${t.attachments}</th><td>${files}</td></tr>
</table>
<ol class="timeline">${timeline}</ol></section>`;
  });
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${t.title}</title>
<style>${PRINT_CSS}</style></head><body><h1>${t.title}</h1>${head}${sections.join('\n')}</body></html>`;
}
