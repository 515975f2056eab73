// 减签: whoever added an approver (or an admin) takes them off the step before they decide; the
// refusal (already decided, not added) is said in the user's language.
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRemoveApprover } from '../api/approvals.api';
import { useLanguage } from '../i18n/use-language';
import { approvalErrorText } from './approval-error';

export interface RemoveApproverButtonProps {
  instanceId: string;
  statePath: string;
  slotId: string;
  userName: string;
}

export function RemoveApproverButton({ instanceId, statePath, slotId, userName }: RemoveApproverButtonProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const mutation = useRemoveApprover(instanceId);
  return (
    <Popconfirm
      title={t('approvals.removeApproverConfirm', { user: userName })}
      okText={t('approvals.removeApprover')}
      cancelText={t('approvals.cancel')}
      okButtonProps={{ danger: true, loading: mutation.isPending }}
      onConfirm={() =>
        mutation
          .mutateAsync({ statePath, slot: slotId })
          .then(() => void message.success(t('approvals.removedApprover', { user: userName })))
          .catch((error: unknown) => void message.error(approvalErrorText(error, t, language)))
      }
    >
      <Button size="small" type="link" danger data-action="remove-approver" data-slot={slotId}>
        {t('approvals.removeApprover')}
      </Button>
    </Popconfirm>
  );
}
