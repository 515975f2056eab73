// A task state's settings: title, candidate roles or assignee expression, outcomes, due, reminder and timeout, form.
import type { ApprovalSpec, StateSpec, TaskSpec, WorkflowSpec } from '@liucheng/engine';
import { AutoComplete, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { setTask } from '../editing/spec-edits';
import { knownEvents } from '../canvas/known-events';
import { CommitInput } from './commit-input';
import { isDueText } from './delay-text';
import { FieldAccessEditor } from '../simple/field-access-editor';
import { FormBuilder } from './form-builder';
import { TaskTimersEditor, type TaskTimers } from './task-timers-editor';
import { useRoleNames } from './registry.api';
import { useSpecEdit } from './use-spec-edit';
import { WorkingDelayButton } from './working-delay-button';

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
  const delayNames = Object.keys(spec.meta.delays ?? {});
  // An approval step keeps its timers in `approval`, a plain task on itself.
  const withTimers = (timers: TaskTimers): Partial<TaskSpec> =>
    task.approval
      ? { approval: timers as ApprovalSpec }
      : { remind: (timers as TaskSpec).remind, timeout: (timers as TaskSpec).timeout };
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
        <div style={{ display: 'flex', gap: 4 }}>
          <CommitInput
            data-testid="task-due"
            value={task.due ?? ''}
            placeholder="P3D"
            check={(v) => (v === '' || isDueText(v, delayNames) ? undefined : t('designer.edDurationInvalid'))}
            onCommit={(due) => change({ due: due || undefined })}
          />
          <WorkingDelayButton
            spec={spec}
            current={task.due}
            testId="task-due-working"
            onPick={(next, due) => edit(() => setTask(next, path, { ...task, due }))}
          />
        </div>
      </Form.Item>
      <TaskTimersEditor
        timers={task.approval ?? task}
        approval={task.approval !== undefined}
        spec={spec}
        events={Object.keys(state.on ?? {})}
        onChange={(timers) => change(withTimers(timers))}
        onWorking={(next, timers) => edit(() => setTask(next, path, { ...task, ...withTimers(timers) }))}
      />
      <Form.Item label={t('designer.edFormFields')}>
        <FormBuilder form={task.form} onChange={(form, key) => change({ form }, key && `form:${key}`)} />
      </Form.Item>
      {/* 表单权限 over the start form, as in simple mode (the engine enforces it on the step's outcomes). */}
      <FieldAccessEditor
        startForm={spec.meta.input}
        task={task}
        onChange={(next) => change({ fieldAccess: next.fieldAccess })}
      />
    </div>
  );
}
