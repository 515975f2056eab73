// A task state's settings: title, candidate roles or assignee expression, outcomes, due, an approval's reminder and timeout, form.
import type { StateSpec, TaskSpec, WorkflowSpec } from '@liucheng/engine';
import { AutoComplete, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { setTask } from '../editing/spec-edits';
import { knownEvents } from '../canvas/known-events';
import { CommitInput } from './commit-input';
import { isDueText } from './delay-text';
import { FormBuilder } from './form-builder';
import { TaskTimersEditor } from './task-timers-editor';
import { useRoleNames } from './registry.api';
import { useSpecEdit } from './use-spec-edit';

const ASSIGNEE_OPTIONS = ['starter', 'starter.manager', 'context.'];

export function TaskEditor({ spec, path, state }: { spec: WorkflowSpec; path: string; state: StateSpec }) {
  const { t } = useTranslation();
  const edit = useSpecEdit();
  const roles = useRoleNames();
  const task = state.meta?.task as TaskSpec;
  const change = (patch: Partial<TaskSpec>, coalesceKey?: string) => {
    const next: Record<string, unknown> = { ...task, ...patch };
    for (const [k, v] of Object.entries(next)) if (v === undefined || v === '') delete next[k];
    edit((s) => setTask(s, path, next as unknown as TaskSpec), coalesceKey && `${path}:task:${coalesceKey}`);
  };
  const events = [...new Set([...Object.keys(state.on ?? {}), ...knownEvents(spec)])];
  return (
    <div data-testid="task-editor">
      <Form.Item label={t('designer.edTaskTitleZh')}>
        <Input
          value={task.title?.zh ?? ''}
          onChange={(e) => change({ title: { ...task.title, zh: e.target.value } }, 'zh')}
        />
      </Form.Item>
      <Form.Item label={t('designer.edTaskTitleEn')}>
        <Input
          value={task.title?.en ?? ''}
          onChange={(e) => change({ title: { ...task.title, en: e.target.value } }, 'en')}
        />
      </Form.Item>
      <Form.Item label={t('designer.edCandidateRoles')}>
        <Select
          mode="multiple"
          data-testid="candidate-roles"
          value={task.candidateRoles ?? []}
          options={roles.map((role) => ({
            value: role,
            label: `${t(`roles.${role}` as 'roles.staff', { defaultValue: role })} · ${role}`,
          }))}
          onChange={(candidateRoles: string[]) =>
            change({ candidateRoles: candidateRoles.length ? candidateRoles : undefined })
          }
        />
      </Form.Item>
      <Form.Item label={t('designer.edAssignee')} extra={t('designer.edAssigneeHelp')}>
        <AutoComplete
          value={task.assignee ?? ''}
          options={ASSIGNEE_OPTIONS.map((value) => ({ value }))}
          onChange={(assignee: string) => change({ assignee: assignee || undefined }, 'assignee')}
        />
      </Form.Item>
      <Form.Item label={t('designer.edOutcomes')}>
        <Select
          mode="tags"
          data-testid="task-outcomes"
          value={task.outcomes ?? []}
          options={events.map((e) => ({ value: e, label: e }))}
          onChange={(outcomes: string[]) => change({ outcomes })}
        />
      </Form.Item>
      <Form.Item label={t('designer.edDue')}>
        <CommitInput
          data-testid="task-due"
          value={task.due ?? ''}
          placeholder="P3D"
          check={(v) => (v === '' || isDueText(v) ? undefined : t('designer.edDurationInvalid'))}
          onCommit={(due) => change({ due: due || undefined })}
        />
      </Form.Item>
      {task.approval && (
        <TaskTimersEditor
          approval={task.approval}
          delayNames={Object.keys(spec.meta.delays ?? {})}
          onChange={(approval) => change({ approval })}
        />
      )}
      <Form.Item label={t('designer.edFormFields')}>
        <FormBuilder form={task.form} onChange={(form, key) => change({ form }, key && `form:${key}`)} />
      </Form.Item>
    </div>
  );
}
