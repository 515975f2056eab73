// "新建流程": a key, a name and a starting point (blank or a template); saved as a draft and opened in simple mode.
import { PlusOutlined } from '@ant-design/icons';
import { FLOW_TEMPLATE_KINDS, flowTemplate, treeToDefinition, type FlowTemplateKind } from '@liucheng/engine';
import { Button, Form, Input, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../common/error-alert';
import { useSaveDraft } from '../io/save-draft.api';
import type { SimpleKey } from './node-text';

const TEMPLATE_LABEL: Record<FlowTemplateKind, SimpleKey> = {
  blank: 'simple.tplBlank',
  approval: 'simple.tplApproval',
  expense: 'simple.tplExpense',
  contract: 'simple.tplContract',
};

const KEY_PATTERN = /^[a-z][a-z0-9-]{2,62}$/;

interface NewWorkflowValues {
  key: string;
  zh: string;
  en: string;
  template: FlowTemplateKind;
}

export function NewWorkflowButton({ existingKeys }: { existingKeys: string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewWorkflowValues>();
  const saveDraft = useSaveDraft();

  const create = (values: NewWorkflowValues) => {
    const tree = flowTemplate(values.template, values.key);
    tree.title = { zh: values.zh.trim(), en: values.en.trim() || values.zh.trim() };
    saveDraft.mutate(
      { key: values.key, spec: treeToDefinition(tree) as unknown as Record<string, unknown> },
      {
        onSuccess: () => {
          setOpen(false);
          navigate(`/designer/${encodeURIComponent(values.key)}?mode=simple`);
        },
      },
    );
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} data-testid="new-workflow" onClick={() => setOpen(true)}>
        {t('simple.newWorkflow')}
      </Button>
      <Modal
        open={open}
        title={t('simple.newWorkflow')}
        okText={t('simple.create')}
        okButtonProps={{ 'data-testid': 'new-workflow-create', loading: saveDraft.isPending } as never}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form<NewWorkflowValues>
          form={form}
          layout="vertical"
          initialValues={{ template: 'approval' }}
          onFinish={create}
          data-testid="new-workflow-form"
        >
          <Form.Item
            name="key"
            label={t('simple.newKey')}
            extra={t('simple.newKeyHelp')}
            rules={[
              { pattern: KEY_PATTERN, message: t('simple.newKeyInvalid') },
              { required: true, message: t('simple.newKeyInvalid') },
              {
                validator: (_, value: string) =>
                  existingKeys.includes(value) ? Promise.reject(new Error(t('simple.newKeyTaken'))) : Promise.resolve(),
              },
            ]}
          >
            <Input data-testid="new-workflow-key" />
          </Form.Item>
          <Form.Item
            name="zh"
            label={t('simple.newName')}
            rules={[{ required: true, whitespace: true, message: t('simple.newNameRequired') }]}
          >
            <Input data-testid="new-workflow-zh" />
          </Form.Item>
          <Form.Item name="en" label={t('simple.newNameEn')}>
            <Input data-testid="new-workflow-en" />
          </Form.Item>
          <Form.Item name="template" label={t('simple.template')}>
            <Radio.Group>
              <Space orientation="vertical">
                {FLOW_TEMPLATE_KINDS.map((kind) => (
                  <Radio key={kind} value={kind} data-testid={`new-workflow-template-${kind}`}>
                    {t(TEMPLATE_LABEL[kind])}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
        </Form>
        {saveDraft.error && <ErrorAlert error={saveDraft.error} title={t('simple.createFailed')} />}
      </Modal>
    </>
  );
}
