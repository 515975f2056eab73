// An admin's 跳转到节点 on a running instance: the target state picked by its title and a
// required reason; the server checks the state against the instance's own version.
import type { Instance } from '@liucheng/contracts';
import { App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoveInstance } from '../api/operations.api';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../common/error-alert';
import { useLanguage } from '../i18n/use-language';
import { stateOptions } from './state-options';

interface MoveForm {
  to: string;
  reason: string;
}

export function MoveToStateAction({ instance, spec }: { instance: Instance; spec: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { session } = useSession();
  const { message } = App.useApp();
  const mutation = useMoveInstance(instance.id);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<MoveForm>();
  if (!session?.user.roles.includes('admin') || instance.status !== 'running') return null;
  const options = stateOptions(spec, language).map((o) => ({
    value: o.value,
    label: o.final ? `${o.label} ${t('operations.finalState')}` : o.label,
  }));

  const submit = (values: MoveForm) =>
    mutation.mutate(
      { to: values.to, reason: values.reason.trim() },
      {
        onSuccess: () => {
          const label = options.find((o) => o.value === values.to)?.label ?? '';
          void message.success(t('operations.moved', { state: label }));
          setOpen(false);
          form.resetFields();
        },
      },
    );

  return (
    <>
      <Button
        data-testid="move-to-state"
        onClick={() => {
          mutation.reset();
          setOpen(true);
        }}
      >
        {t('operations.move')}
      </Button>
      <Modal
        open={open}
        title={t('operations.moveTitle')}
        okText={t('operations.moveSubmit')}
        cancelText={t('operations.cancel')}
        okButtonProps={{ danger: true }}
        confirmLoading={mutation.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        data-testid="move-modal"
      >
        <Typography.Paragraph type="secondary">{t('operations.moveHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item
            name="to"
            label={t('operations.moveTarget')}
            rules={[{ required: true, message: t('operations.moveTargetRequired') }]}
          >
            <Select id="move-target" showSearch optionFilterProp="label" options={options} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('operations.reason')}
            rules={[{ required: true, whitespace: true, message: t('operations.reasonRequired') }]}
          >
            <Input.TextArea id="move-reason" rows={3} maxLength={500} />
          </Form.Item>
        </Form>
        {mutation.error && <ErrorAlert error={mutation.error} />}
      </Modal>
    </>
  );
}
