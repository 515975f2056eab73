// 表单权限 of one step (a simple-mode 审批人/办理人 node, or a canvas task): each start-form field, by
// its title, read-only (the default), editable or hidden for whoever does the step. Only what
// differs from read-only is stored.
import type { JsonSchema } from '@liucheng/engine';
import { Form, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { schemaToFormFields } from '../inspector/form-fields';
import { withFieldAccess, type FieldAccess, type WithFieldAccess } from './model/field-access';

const ACCESS: readonly FieldAccess[] = ['read', 'edit', 'hidden'];
const ACCESS_LABEL = { read: 'simple.accessRead', edit: 'simple.accessEdit', hidden: 'simple.accessHidden' } as const;

export function FieldAccessEditor<T extends WithFieldAccess>({
  startForm,
  task,
  onChange,
}: {
  /** The start form (`meta.input`) whose fields the step may see or edit. */
  startForm: JsonSchema | undefined;
  task: T;
  onChange: (task: T, coalesceKey?: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fields = schemaToFormFields(startForm);
  return (
    <Form.Item label={t('simple.fieldAccess')} data-testid="simple-field-access">
      {fields.length === 0 ? (
        <Typography.Text type="secondary">{t('simple.fieldAccessNone')}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('simple.fieldAccessHint')}
          </Typography.Text>
          {fields.map((field, index) => {
            const title =
              (language === 'en' ? field.title.en || field.title.zh : field.title.zh || field.title.en) ||
              t('designer.edFieldUntitled', { n: index + 1 });
            return (
              <Space
                key={field.name}
                style={{ width: '100%', justifyContent: 'space-between' }}
                data-testid="simple-field-access-row"
                data-title={title}
              >
                <Typography.Text>{title}</Typography.Text>
                <Radio.Group
                  size="small"
                  optionType="button"
                  aria-label={title}
                  value={task.fieldAccess?.[field.name] ?? 'read'}
                  options={ACCESS.map((access) => ({ value: access, label: t(ACCESS_LABEL[access]) }))}
                  onChange={(e) => onChange(withFieldAccess(task, field.name, e.target.value as FieldAccess))}
                />
              </Space>
            );
          })}
        </Space>
      )}
    </Form.Item>
  );
}
