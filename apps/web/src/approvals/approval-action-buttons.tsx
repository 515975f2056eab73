// The approval actions the holder of an approval task may take besides its outcomes:
// 转办, 委派, 加签, 驳回 (to the states the definition allows) and 抄送.
import type { Task } from '@liucheng/contracts';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { stateTitle } from '../spec/spec-meta';
import { ApprovalActionModal, type ApprovalModalAction } from './approval-action-modal';
import { stepTask } from './approval-spec';

const ACTIONS: { action: ApprovalModalAction; label: string }[] = [
  { action: 'transfer', label: 'approvals.transfer' },
  { action: 'delegate', label: 'approvals.delegate' },
  { action: 'add-approvers', label: 'approvals.addApprovers' },
  { action: 'send-back', label: 'approvals.sendBack' },
  { action: 'cc', label: 'approvals.cc' },
];

export function ApprovalActionButtons({ task, spec }: { task: Task; spec: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState<ApprovalModalAction | null>(null);
  const targets = (stepTask(spec, task.statePath)?.approval?.sendBackTo ?? []).map((path) => ({
    path,
    title: pickLabel(stateTitle(spec, path) ?? stepTask(spec, path)?.title, language, path),
  }));
  const offered = ACTIONS.filter(({ action }) => action !== 'send-back' || targets.length > 0);
  return (
    <>
      <Flex wrap gap={8} data-testid="approval-actions">
        {offered.map(({ action, label }) => (
          <Button key={action} data-action={action} onClick={() => setOpen(action)}>
            {t(label as 'approvals.transfer')}
          </Button>
        ))}
      </Flex>
      {open && (
        <ApprovalActionModal task={task} action={open} sendBackTargets={targets} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
