// Small pieces the simple-mode panels share: a two-language name, a role picker.
import type { LocalizedText } from '@liucheng/engine';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoleNames } from '../inspector/registry.api';
import type { SimpleKey } from './node-text';
import { roleLabel } from './node-text';

export function NamePair({
  value,
  onChange,
  zhLabel = 'simple.nameZh',
  enLabel = 'simple.nameEn',
  testId,
}: {
  value: LocalizedText | undefined;
  onChange: (next: LocalizedText, language: 'zh' | 'en') => void;
  zhLabel?: SimpleKey;
  enLabel?: SimpleKey;
  testId: string;
}) {
  const { t } = useTranslation();
  const current = value ?? { zh: '', en: '' };
  return (
    <>
      <Form.Item label={t(zhLabel)}>
        <Input
          data-testid={`${testId}-zh`}
          value={current.zh}
          onChange={(e) => onChange({ ...current, zh: e.target.value }, 'zh')}
        />
      </Form.Item>
      <Form.Item label={t(enLabel)}>
        <Input
          data-testid={`${testId}-en`}
          value={current.en}
          onChange={(e) => onChange({ ...current, en: e.target.value }, 'en')}
        />
      </Form.Item>
    </>
  );
}

/** A step that is a task (审批人, 办理人): its name is its task's title too, renamed together. */
interface TaskStep {
  title?: LocalizedText;
  task: { title?: LocalizedText };
}

export function TaskStepName<N extends TaskStep>({
  node,
  onChange,
  testId = 'simple-name',
  zhLabel,
  enLabel,
}: {
  node: N;
  onChange: (next: N, coalesceKey: string) => void;
  testId?: string;
  zhLabel?: SimpleKey;
  enLabel?: SimpleKey;
}) {
  return (
    <NamePair
      testId={testId}
      zhLabel={zhLabel}
      enLabel={enLabel}
      value={node.title}
      onChange={(title, language) =>
        onChange(
          { ...node, title, task: { ...node.task, title: { ...node.task.title, [language]: title[language] } } },
          `${testId}:${language}`,
        )
      }
    />
  );
}

export function RolePicker({
  value,
  onChange,
  multiple,
  testId,
}: {
  value: string[];
  onChange: (roles: string[]) => void;
  multiple?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const roles = useRoleNames();
  return (
    <Select
      data-testid={testId}
      mode={multiple ? 'multiple' : undefined}
      placeholder={t('simple.chooseRole')}
      style={{ width: '100%', minWidth: 140 }}
      value={multiple ? value : value[0]}
      options={roles.map((role) => ({ value: role, label: roleLabel(t, role) }))}
      onChange={(next: string | string[]) => onChange(Array.isArray(next) ? next : [next])}
    />
  );
}
