// A task's reminder (催办: after, repeat every, times) and timeout (超时): an approval's decides
// (approve, reject, send back, escalate), a plain task's sends one of its state's events.
import type { ApprovalSpec, TaskSpec, TimeoutAction, WorkflowSpec } from '@liucheng/engine';
import { isIsoDuration } from '@liucheng/engine';
import { Form, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  plainTimeoutFields,
  remindFields,
  setPlainTimeout,
  setRemind,
  setTimeoutOf,
  timeoutFields,
} from '../editing/task-timer-edits';
import { CommitInput } from './commit-input';
import { WorkingDelayButton } from './working-delay-button';

const ACTIONS: TimeoutAction[] = ['approve', 'reject', 'sendBack', 'escalate'];

/** The timers' holder: the approval of an approval step, else the plain task itself. */
export type TaskTimers = ApprovalSpec | TaskSpec;

export function TaskTimersEditor({
  timers,
  approval,
  spec,
  events = [],
  onChange,
  onWorking,
}: {
  timers: TaskTimers;
  /** True when `timers` is an approval (its timeout decides); false for a plain task. */
  approval: boolean;
  spec: WorkflowSpec;
  /** A plain task's state events, one of which its timeout sends. */
  events?: string[];
  onChange: (timers: TaskTimers) => void;
  /** A working-time delay was picked: `next` holds its `meta.delays` entry, `timers` uses its name. */
  onWorking: (next: WorkflowSpec, timers: TaskTimers) => void;
}) {
  const { t } = useTranslation();
  const delayNames = Object.keys(spec.meta.delays ?? {});
  const remind = remindFields(timers);
  const timeout = timeoutFields(timers as ApprovalSpec);
  const plainTimeout = plainTimeoutFields(timers as TaskSpec);
  const timeoutAfter = approval ? timeout.after : plainTimeout.after;
  const setTimeoutAfter = (value: TaskTimers, after: string): TaskTimers =>
    approval
      ? setTimeoutOf(value as ApprovalSpec, { ...timeout, after })
      : setPlainTimeout(value as TaskSpec, { after, event: plainTimeout.event || events[0] || '' });
  const check = (v: string) =>
    v === '' || isIsoDuration(v) || delayNames.includes(v) ? undefined : t('designer.edDurationInvalid');
  /** A delay field with its working-time button. */
  const delayField = (
    testId: string,
    value: string,
    placeholder: string,
    set: (value: TaskTimers, delay: string) => TaskTimers,
  ): ReactNode => (
    <div style={{ display: 'flex', gap: 4 }}>
      <CommitInput
        data-testid={testId}
        value={value}
        placeholder={placeholder}
        check={check}
        onCommit={(delay) => onChange(set(timers, delay))}
      />
      <WorkingDelayButton
        spec={spec}
        current={value}
        testId={`${testId}-working`}
        onPick={(next, name) => onWorking(next, set(timers, name))}
      />
    </div>
  );
  return (
    <div data-testid="task-timers-editor">
      <Form.Item label={t('designer.edRemindAfter')} extra={t('designer.edRemindHelp')}>
        {delayField('remind-after', remind.after, 'PT4H', (v, after) => setRemind(v, { ...remind, after }))}
      </Form.Item>
      {remind.after && (
        <>
          <Form.Item label={t('designer.edRemindEvery')}>
            {delayField('remind-every', remind.every, 'P1D', (v, every) =>
              setRemind(v, { ...remind, every, times: remind.times ?? 1 }),
            )}
          </Form.Item>
          <Form.Item label={t('designer.edRemindTimes')}>
            <InputNumber
              data-testid="remind-times"
              min={1}
              max={approval ? 100 : 20}
              precision={0}
              value={remind.times}
              onChange={(times) => onChange(setRemind(timers, { ...remind, times: times ?? null }))}
            />
          </Form.Item>
        </>
      )}
      <Form.Item label={t('designer.edTimeoutAfter')}>
        {delayField('timeout-after', timeoutAfter, 'P3D', setTimeoutAfter)}
      </Form.Item>
      {approval && timeout.after && (
        <Form.Item label={t('designer.edTimeoutAction')}>
          <Select
            data-testid="timeout-action"
            value={timeout.action}
            options={ACTIONS.map((action) => ({ value: action, label: t(`designer.edTimeout_${action}`) }))}
            onChange={(action: TimeoutAction) => onChange(setTimeoutOf(timers as ApprovalSpec, { ...timeout, action }))}
          />
        </Form.Item>
      )}
      {approval && timeout.after && timeout.action === 'sendBack' && (
        <Form.Item label={t('designer.edTimeoutTo')}>
          <Select
            data-testid="timeout-to"
            allowClear
            value={timeout.to || undefined}
            options={((timers as ApprovalSpec).sendBackTo ?? []).map((path) => ({ value: path, label: path }))}
            onChange={(to?: string) => onChange(setTimeoutOf(timers as ApprovalSpec, { ...timeout, to: to ?? '' }))}
          />
        </Form.Item>
      )}
      {!approval && plainTimeout.after && (
        <Form.Item label={t('designer.edTimeoutEvent')} extra={t('designer.edTimeoutEventHelp')}>
          <Select
            data-testid="timeout-event"
            value={plainTimeout.event || undefined}
            options={events.map((event) => ({ value: event, label: event }))}
            onChange={(event: string) => onChange(setPlainTimeout(timers as TaskSpec, { ...plainTimeout, event }))}
          />
        </Form.Item>
      )}
    </div>
  );
}
