// The run log: each accepted start/event/timer with the state it led to and its effects.
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { StateValueText } from '../../instances/state-value-text';
import { describeEffect } from './effect-text';
import type { SimulationLogEntry } from './simulation.types';

export interface SimulationLogProps {
  log: SimulationLogEntry[];
  spec: unknown;
  eventTitle: (type: string) => string;
}

export function SimulationLog({ log, spec, eventTitle }: SimulationLogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = (entry: SimulationLogEntry) =>
    entry.kind === 'start'
      ? t('designer.simLogStart')
      : entry.kind === 'timer'
        ? t('designer.simLogTimer')
        : entry.kind === 'approvers'
          ? t('designer.simLogApprovers')
          : eventTitle(entry.eventType);
  return (
    <Timeline
      data-testid="sim-log"
      items={[...log].reverse().map((entry) => ({
        key: entry.seq,
        content: (
          <div data-testid={`sim-log-${entry.seq}`}>
            <Typography.Text strong>
              {entry.seq}. {heading(entry)}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">{formatDateTime(entry.at, language)}</Typography.Text>
            <div>
              → <StateValueText value={entry.stateAfter} spec={spec} />
            </div>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {entry.effects.map((effect, index) => (
                <li key={index}>{describeEffect(effect, t, language)}</li>
              ))}
            </ul>
          </div>
        ),
      }))}
    />
  );
}
