// The working-time picker behind a small button, beside a delay field (a task's due, a reminder).
import { ClockCircleOutlined } from '@ant-design/icons';
import type { WorkflowSpec } from '@liucheng/engine';
import { Button, Popover, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkingDelayPicker } from './working-delay-picker';

export function WorkingDelayButton({
  spec,
  current,
  testId,
  onPick,
}: {
  spec: WorkflowSpec;
  current?: string;
  testId: string;
  onPick: (next: WorkflowSpec, name: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      destroyOnHidden
      content={
        <div style={{ width: 280 }}>
          <WorkingDelayPicker
            spec={spec}
            current={current}
            testId={testId}
            onPick={(next, name) => {
              setOpen(false);
              onPick(next, name);
            }}
          />
        </div>
      }
    >
      <Tooltip title={t('designer.edWorkingDelay')}>
        <Button
          data-testid={`${testId}-open`}
          icon={<ClockCircleOutlined />}
          aria-label={t('designer.edWorkingDelay')}
        />
      </Tooltip>
    </Popover>
  );
}
