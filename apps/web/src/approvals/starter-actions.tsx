// The applicant's actions on their own running instance: 撤回 (when the definition allows it) and
// 催办; a refusal (already-acted, urge-too-soon with its retry time) is said in the user's language.
import type { Instance } from '@liucheng/contracts';
import { Alert, App, Button, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstanceAction, type InstanceAction } from '../api/approvals.api';
import { useSession } from '../auth/session-context';
import { useLanguage } from '../i18n/use-language';
import { approvalErrorText } from './approval-error';
import { allowsWithdraw } from './approval-spec';

export function StarterActions({ instance, spec }: { instance: Instance; spec: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { session } = useSession();
  const { message } = App.useApp();
  const mutation = useInstanceAction(instance.id);
  const [open, setOpen] = useState<InstanceAction | null>(null);
  const [text, setText] = useState('');
  if (!session || session.user.username !== instance.startedBy || instance.status !== 'running') return null;
  const withdraw = allowsWithdraw(spec);

  const start = (action: InstanceAction) => {
    mutation.reset();
    setOpen(action);
  };

  const run = (action: InstanceAction) =>
    mutation.mutate(
      { action, text: text.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(action === 'withdraw' ? t('approvals.withdrawn') : t('approvals.urged'));
          setOpen(null);
          setText('');
        },
        onError: () => setOpen(null),
      },
    );

  return (
    <Flex vertical gap={8} data-testid="starter-actions">
      <Flex wrap gap={8}>
        {withdraw && (
          <Button danger data-action="withdraw" onClick={() => start('withdraw')}>
            {t('approvals.withdraw')}
          </Button>
        )}
        <Button data-action="urge" onClick={() => start('urge')}>
          {t('approvals.urge')}
        </Button>
      </Flex>
      {mutation.error && (
        <div data-testid="starter-action-error">
          <Alert
            type="error"
            showIcon
            title={t('approvals.errorTitle')}
            description={approvalErrorText(mutation.error, t, language)}
          />
        </div>
      )}
      {open && (
        <Modal
          open
          title={open === 'withdraw' ? t('approvals.withdrawTitle') : t('approvals.urgeTitle')}
          okText={t('approvals.submit')}
          cancelText={t('approvals.cancel')}
          okButtonProps={{ danger: open === 'withdraw' }}
          confirmLoading={mutation.isPending}
          onOk={() => run(open)}
          onCancel={() => setOpen(null)}
          data-testid={`starter-modal-${open}`}
        >
          <Flex vertical gap={8}>
            {open === 'withdraw' && <span>{t('approvals.withdrawConfirm')}</span>}
            <Input.TextArea
              rows={3}
              maxLength={2000}
              placeholder={open === 'withdraw' ? t('approvals.reasonOptional') : t('approvals.commentOptional')}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </Flex>
        </Modal>
      )}
    </Flex>
  );
}
