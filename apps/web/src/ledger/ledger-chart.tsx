// 台账图表: fines and penalties (CNY, left axis) and points (right axis) per person, unit or month.
import type { LedgerTotal } from '@liucheng/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { EChart, type EChartOption } from './echart';
import { groupLabel } from './group-label';

export function LedgerChart({ totals }: { totals: LedgerTotal[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const option = useMemo<EChartOption>(() => {
    const money = (value: number) => formatMoney(value, language);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: totals.map((total) => groupLabel(total, language, t)),
        axisLabel: { interval: 0, rotate: totals.length > 6 ? 30 : 0 },
      },
      yAxis: [
        { type: 'value', name: t('ledger.chartMoney'), axisLabel: { formatter: money } },
        { type: 'value', name: t('ledger.chartPoints'), minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        { name: t('ledger.fine'), type: 'bar', data: totals.map((x) => x.fine), tooltip: { valueFormatter: money } },
        {
          name: t('ledger.penalty'),
          type: 'bar',
          data: totals.map((x) => x.penalty),
          tooltip: { valueFormatter: money },
        },
        { name: t('ledger.points'), type: 'bar', yAxisIndex: 1, data: totals.map((x) => x.points) },
      ],
    };
  }, [totals, language, t]);
  return <EChart option={option} testId="ledger-chart" />;
}
