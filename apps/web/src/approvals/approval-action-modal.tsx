// The form of one approval action (转办, 委派, 加签, 驳回, 抄送) in a modal; a refusal is shown in the
// user's language from its code.
import type { Task } from '@liucheng/contracts';
import { Alert, App, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTaskAction, type TaskActionRequest } from '../api/approvals.api';
import { useLanguage } from '../i18n/use-language';
import { approvalErrorText } from './approval-error';
import { PersonPicker } from './person-picker';

export type ApprovalModalAction = 'transfer' | 'delegate' | 'add-approvers' | 'send-back' | 'cc';

const TITLE = {
  transfer: 'approvals.transferTitle',
  delegate: 'approvals.delegateTitle',
  'add-approvers': 'approvals.addTitle',
  'send-back': 'approvals.sendBackTitle',
  cc: 'approvals.ccTitle',
} as const;

const LABEL = {
  transfer: 'approvals.transfer',
  delegate: 'approvals.delegate',
  'add-approvers': 'approvals.addApprovers',
  'send-back': 'approvals.sendBack',
  cc: 'approvals.cc',
} as const;

interface Values {
  to?: string;
  users?: string[];
  position?: 'before' | 'after' | 'parallel';
  text?: string;
}

export interface ApprovalActionModalProps {
  task: Task;
  action: ApprovalModalAction;
  /** 驳回 targets: state path and its title. */
  sendBackTargets: { path: string; title: string }[];
  onClose: () => void;
}

export function ApprovalActionModal({ task, action, sendBackTargets, onClose }: ApprovalActionModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useTaskAction(task.id);
  const exclude = task.assignee ? [task.assignee] : [];

  const submit = (values: Values) => {
    const text = values.text?.trim() || undefined;
    const request: TaskActionRequest =
      action === 'transfer' || action === 'delegate'
        ? { action, body: { to: values.to ?? '', reason: text } }
        : action === 'add-approvers'
          ? { action, body: { users: values.users ?? [], position: values.position ?? 'before', reason: text } }
          : action === 'send-back'
            ? { action, body: { to: values.to ?? '', reason: text } }
            : { action, body: { users: values.users ?? [], comment: text } };
    mutation.mutate(request, {
      onSuccess: ({ task: after }) => {
        void message.success(t('approvals.done', { action: t(LABEL[action]) }));
        onClose();
        // The task left my hands (转办, 委派, 驳回, 加签 before/after): back to the inbox.
        if (after.status !== 'open' || after.assignee !== task.assignee) navigate('/tasks');
      },
    });
  };

  const multiple = action === 'add-approvers' || action === 'cc';
  return (
    <Modal
      open
      title={t(TITLE[action])}
      okText={t('approvals.submit')}
      cancelText={t('approvals.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid={`approval-modal-${action}`}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ position: 'before' }}>
        {action === 'send-back' ? (
          <Form.Item
            name="to"
            label={t('approvals.target')}
            rules={[{ required: true, message: t('approvals.targetRequired') }]}
          >
            <Select options={sendBackTargets.map((target) => ({ value: target.path, label: target.title }))} />
          </Form.Item>
        ) : (
          <Form.Item
            name={multiple ? 'users' : 'to'}
            label={multiple ? t('approvals.people') : t('approvals.person')}
            rules={[{ required: true, message: t('approvals.personRequired') }]}
          >
            <PersonPicker multiple={multiple} exclude={exclude} />
          </Form.Item>
        )}
        {action === 'add-approvers' && (
          <Form.Item name="position" label={t('approvals.position')}>
            <Radio.Group
              options={[
                { value: 'before', label: t('approvals.positionBefore') },
                { value: 'after', label: t('approvals.positionAfter') },
                { value: 'parallel', label: t('approvals.positionParallel') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item name="text" label={action === 'cc' ? t('approvals.commentOptional') : t('approvals.reasonOptional')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      {mutation.error && (
        <Alert
          type="error"
          showIcon
          title={t('approvals.errorTitle')}
          description={approvalErrorText(mutation.error, t, language)}
        />
      )}
    </Modal>
  );
}
