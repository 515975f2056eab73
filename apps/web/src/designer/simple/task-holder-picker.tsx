// Who does a task, in plain words: the starter, the starter's manager, or holders of some roles.
import { Form, Radio, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RolePicker } from './panel-parts';

interface HeldTask {
  assignee?: string;
  candidateRoles?: string[];
}

type Holder = 'starter' | 'manager' | 'roles';

const holderOf = (task: HeldTask): Holder =>
  task.assignee === 'starter' ? 'starter' : task.assignee === 'starter.manager' ? 'manager' : 'roles';

/** The same task held by `holder` (roles keep the ones chosen, else `defaultRoles`). */
function withHolder<T extends HeldTask>(task: T, holder: Holder, defaultRoles: string[]): T {
  const { assignee: _a, candidateRoles: _c, ...rest } = task;
  if (holder === 'starter') return { ...rest, assignee: 'starter' } as T;
  if (holder === 'manager') return { ...rest, assignee: 'starter.manager' } as T;
  return { ...rest, candidateRoles: task.candidateRoles ?? defaultRoles } as T;
}

export function TaskHolderPicker<T extends HeldTask>(props: {
  label: ReactNode;
  extra?: ReactNode;
  task: T;
  /** Roles offered when switching to "roles" with none chosen yet. */
  defaultRoles: string[];
  testId: string;
  onChange: (task: T) => void;
}) {
  const { t } = useTranslation();
  const { task, onChange } = props;
  const holder = holderOf(task);
  return (
    <>
      <Form.Item label={props.label} extra={props.extra}>
        <Radio.Group
          value={holder}
          onChange={(e) => onChange(withHolder(task, e.target.value as Holder, props.defaultRoles))}
        >
          <Space orientation="vertical">
            <Radio value="starter">{t('simple.handlerStarter')}</Radio>
            <Radio value="manager">{t('simple.handlerManager')}</Radio>
            <Radio value="roles">{t('simple.handlerRoles')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {holder === 'roles' && (
        <Form.Item>
          <RolePicker
            multiple
            testId={props.testId}
            value={task.candidateRoles ?? []}
            onChange={(candidateRoles) => onChange({ ...task, candidateRoles })}
          />
        </Form.Item>
      )}
    </>
  );
}
