// The "try it" panel: runs the draft in the browser with the engine's pure start/step; no server calls.
import type { WorkflowSpec } from '@liucheng/engine';
import { ReactFlowProvider } from '@xyflow/react';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StateDiagram } from '../../graph/state-diagram';
import { formatDateTime } from '../../i18n/format';
import { pickLabel } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { JsonValueText } from '../../instances/json-value-text';
import { StateValueText } from '../../instances/state-value-text';
import { problemLabel } from '../../common/problem-label';
import { specMeta, stateValuePaths } from '../../spec/spec-meta';
import { EventDataForm } from './event-data-form';
import { SimulationLog } from './simulation-log';
import { SimulationRejectionAlert } from './simulation-rejection';
import { earliestTimer } from './simulation-reducer';
import { useSimulation } from './use-simulation';

export interface SimulationPanelProps {
  /** The draft spec to run (never saved by this panel). */
  spec: unknown;
  /** Who the simulated events come from (shown in stamps such as `approvals[].by`). */
  actor: string;
  /** Told the active leaf state paths whenever they change (empty before a run), e.g. to highlight the canvas. */
  onActiveStatesChange?: (paths: string[]) => void;
  /** Draw the draft with the active state highlighted (off when the page's own canvas shows it). */
  showDiagram?: boolean;
}

export function SimulationPanel({ spec, actor, onActiveStatesChange, showDiagram = true }: SimulationPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { compiled, problems, state, dispatch } = useSimulation(spec, actor);
  const [selectedEvent, setSelectedEvent] = useState<string | null>(null);
  const meta = useMemo(() => specMeta(spec), [spec]);
  const eventTitle = (type: string) => pickLabel(meta.events[type]?.title, language, type);
  const result = state.result;
  const activePaths = useMemo(() => (result ? stateValuePaths(result.state) : []), [result]);
  const activeKey = activePaths.join(',');
  const timer = earliestTimer(state.timers);

  useEffect(() => {
    onActiveStatesChange?.(activeKey ? activeKey.split(',') : []);
  }, [activeKey, onActiveStatesChange]);

  if (!compiled)
    return (
      <Alert
        data-testid="sim-invalid"
        type="info"
        showIcon
        title={t('designer.simInvalid')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                <Typography.Text code>{p.path}</Typography.Text> {problemLabel(p, t)}
              </li>
            ))}
          </ul>
        }
      />
    );

  const send = (eventType: string, data: Record<string, unknown>) => dispatch({ type: 'send', eventType, data });
  const startRejected = state.rejection?.eventType === '@start' ? state.rejection.errors : [];
  const eventRejected = state.rejection && state.rejection.eventType === selectedEvent ? state.rejection.errors : [];

  return (
    <Space data-testid="sim-panel" orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('designer.simIntro')}</Typography.Paragraph>
      {!result ? (
        <Card size="small" title={t('designer.simInput')}>
          <EventDataForm
            key={`start-${state.log.length}`}
            title=""
            schema={meta.input}
            problems={startRejected}
            submitLabel={t('designer.simStart')}
            submitTestId="sim-start"
            onSubmit={(input) => dispatch({ type: 'start', input })}
          />
        </Card>
      ) : (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('designer.simState')}>
              <span data-testid="sim-state" data-state={activeKey}>
                <StateValueText value={result.state} spec={spec} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('designer.simStatus')}>
              <Tag data-testid="sim-status" color={result.status === 'done' ? 'green' : 'blue'}>
                {t(`status.${result.status}`)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('designer.simClock')}>
              <span data-testid="sim-clock">{formatDateTime(state.now, language)}</span>
            </Descriptions.Item>
          </Descriptions>
          <Space wrap>
            <Button data-testid="sim-advance" disabled={!timer} onClick={() => dispatch({ type: 'advance' })}>
              {t('designer.simAdvance')}
            </Button>
            {timer ? (
              <Typography.Text type="secondary">
                {timer.statePath}: {formatDateTime(timer.dueAt, language)}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('designer.simNoTimers')}</Typography.Text>
            )}
            <Button data-testid="sim-restart" onClick={() => dispatch({ type: 'reset' })}>
              {t('designer.simRestart')}
            </Button>
          </Space>
          <Card size="small" title={t('designer.simEvents')}>
            {result.acceptedEvents.length === 0 ? (
              <Typography.Text type="secondary">{t('designer.simNoEvents')}</Typography.Text>
            ) : (
              <Space wrap>
                {result.acceptedEvents.map((type) => (
                  <Button
                    key={type}
                    data-testid={`sim-event-${type}`}
                    type={selectedEvent === type ? 'primary' : 'default'}
                    onClick={() => setSelectedEvent(type)}
                  >
                    {eventTitle(type)}
                  </Button>
                ))}
              </Space>
            )}
            {selectedEvent && result.acceptedEvents.includes(selectedEvent) && (
              <div style={{ marginTop: 12 }}>
                <EventDataForm
                  key={`${selectedEvent}-${state.log.length}`}
                  title={t('designer.simEventData', { title: eventTitle(selectedEvent) })}
                  schema={meta.events[selectedEvent]?.schema}
                  problems={eventRejected}
                  submitLabel={t('designer.simSend')}
                  submitTestId="sim-send"
                  onSubmit={(data) => send(selectedEvent, data)}
                />
              </div>
            )}
          </Card>
        </>
      )}
      {state.rejection && <SimulationRejectionAlert rejection={state.rejection} />}
      {showDiagram && (
        <ReactFlowProvider>
          <StateDiagram spec={spec as WorkflowSpec} activeState={result?.state} height={360} />
        </ReactFlowProvider>
      )}
      {result && (
        <Card size="small" title={t('designer.simContext')}>
          <div data-testid="sim-context">
            <JsonValueText value={result.context} />
          </div>
        </Card>
      )}
      {state.tasks.length > 0 && (
        <Card size="small" title={t('designer.simTasks')}>
          {state.tasks.map((task) => (
            <Tag key={task.statePath}>{pickLabel(task.title, language)}</Tag>
          ))}
        </Card>
      )}
      {state.log.length > 0 && (
        <Card size="small" title={t('designer.simLog')}>
          <SimulationLog log={state.log} spec={spec} eventTitle={eventTitle} />
        </Card>
      )}
    </Space>
  );
}
