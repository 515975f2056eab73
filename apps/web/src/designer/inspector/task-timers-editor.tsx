// An approval task's reminder (催办: after, repeat every, times) and timeout (超时: after, action, send back to).
import type { ApprovalSpec, TimeoutAction } from '@liucheng/engine';
import { isIsoDuration } from '@liucheng/engine';
import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { remindFields, setRemind, setTimeoutOf, timeoutFields } from '../editing/task-timer-edits';
import { CommitInput } from './commit-input';

const ACTIONS: TimeoutAction[] = ['approve', 'reject', 'sendBack', 'escalate'];

export function TaskTimersEditor({
  approval,
  delayNames,
  onChange,
}: {
  approval: ApprovalSpec;
  /** The working-time delays of `meta.delays`, usable by name. */
  delayNames: string[];
  onChange: (approval: ApprovalSpec) => void;
}) {
  const { t } = useTranslation();
  const remind = remindFields(approval);
  const timeout = timeoutFields(approval);
  const check = (v: string) =>
    v === '' || isIsoDuration(v) || delayNames.includes(v) ? undefined : t('designer.edDurationInvalid');
  return (
    <div data-testid="task-timers-editor">
      <Form.Item label={t('designer.edRemindAfter')} extra={t('designer.edRemindHelp')}>
        <CommitInput
          data-testid="remind-after"
          value={remind.after}
          placeholder="PT4H"
          check={check}
          onCommit={(after) => onChange(setRemind(approval, { ...remind, after }))}
        />
      </Form.Item>
      {remind.after && (
        <>
          <Form.Item label={t('designer.edRemindEvery')}>
            <CommitInput
              data-testid="remind-every"
              value={remind.every}
              placeholder="P1D"
              check={check}
              onCommit={(every) => onChange(setRemind(approval, { ...remind, every, times: remind.times ?? 1 }))}
            />
          </Form.Item>
          <Form.Item label={t('designer.edRemindTimes')}>
            <InputNumber
              data-testid="remind-times"
              min={1}
              max={100}
              precision={0}
              value={remind.times}
              onChange={(times) => onChange(setRemind(approval, { ...remind, times: times ?? null }))}
            />
          </Form.Item>
        </>
      )}
      <Form.Item label={t('designer.edTimeoutAfter')}>
        <CommitInput
          data-testid="timeout-after"
          value={timeout.after}
          placeholder="P3D"
          check={check}
          onCommit={(after) => onChange(setTimeoutOf(approval, { ...timeout, after }))}
        />
      </Form.Item>
      {timeout.after && (
        <Form.Item label={t('designer.edTimeoutAction')}>
          <Select
            data-testid="timeout-action"
            value={timeout.action}
            options={ACTIONS.map((action) => ({ value: action, label: t(`designer.edTimeout_${action}`) }))}
            onChange={(action: TimeoutAction) => onChange(setTimeoutOf(approval, { ...timeout, action }))}
          />
        </Form.Item>
      )}
      {timeout.after && timeout.action === 'sendBack' && (
        <Form.Item label={t('designer.edTimeoutTo')}>
          <Select
            data-testid="timeout-to"
            allowClear
            value={timeout.to || undefined}
            options={(approval.sendBackTo ?? []).map((path) => ({ value: path, label: path }))}
            onChange={(to?: string) => onChange(setTimeoutOf(approval, { ...timeout, to: to ?? '' }))}
          />
        </Form.Item>
      )}
    </div>
  );
}
