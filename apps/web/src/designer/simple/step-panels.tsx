// 办理人 (with its answer branches and 补充信息), 抄送人 and 延时 settings in plain words.
import type { CcNode, DelayNode, FlowTree, HandlerNode, JsonSchema } from '@liucheng/engine';
import { Checkbox, Form, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormBuilder } from '../inspector/form-builder';
import { AnswerWaysEditor } from './answer-ways-editor';
import { FieldAccessEditor } from './field-access-editor';
import { InfoLoopEditor } from './info-loop-editor';
import { useCalendars } from '../../api/calendars.api';
import { pickLabel } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { DELAY_UNITS, delayOf, setDelay, setDelayFrom, startDateFields, type DelayUnit } from './model/delay-node';
import { DELAY_UNIT_LABEL } from './node-text';
import { NamePair, RolePicker, TaskStepName } from './panel-parts';
import { TaskHolderPicker } from './task-holder-picker';

type Change<N> = (next: N, coalesceKey?: string) => void;

export function HandlerPanel({
  tree,
  node,
  change,
  changeTree,
}: {
  tree: FlowTree;
  node: HandlerNode;
  change: Change<HandlerNode>;
  changeTree: (update: (tree: FlowTree) => FlowTree, coalesceKey?: string) => void;
}) {
  const { t } = useTranslation();
  const event = tree.events?.[node.submit.event];
  const setForm = (form: JsonSchema | undefined, coalesceKey?: string) =>
    changeTree(
      (tr) => ({
        ...tr,
        events: {
          ...tr.events,
          [node.submit.event]: {
            ...(tr.events?.[node.submit.event] ?? { title: { zh: '提交', en: 'Submit' } }),
            schema: form ?? { type: 'object' },
          },
        },
      }),
      coalesceKey,
    );
  return (
    <Form layout="vertical" data-testid="simple-handler-panel">
      <TaskStepName node={node} onChange={change} />
      <TaskHolderPicker
        label={t('simple.handlerWho')}
        task={node.task}
        defaultRoles={['staff']}
        testId="simple-handler-roles"
        onChange={(task) => change({ ...node, task })}
      />
      <NamePair
        testId="simple-submit"
        zhLabel="simple.handlerButtonZh"
        enLabel="simple.handlerButtonEn"
        value={event?.title}
        onChange={(title, language) =>
          changeTree(
            (tr) => ({
              ...tr,
              events: { ...tr.events, [node.submit.event]: { ...(tr.events?.[node.submit.event] ?? {}), title } },
            }),
            `submit:${language}`,
          )
        }
      />
      <Form.Item label={t('simple.handlerForm')}>
        <FormBuilder plain form={event?.schema} onChange={(form, key) => setForm(form, key && `form:${key}`)} />
      </Form.Item>
      <AnswerWaysEditor tree={tree} node={node} change={change} />
      <InfoLoopEditor tree={tree} node={node} change={change} />
      <FieldAccessEditor startForm={tree.start.form} task={node.task} onChange={(task) => change({ ...node, task })} />
    </Form>
  );
}

export function CcPanel({ node, change }: { node: CcNode; change: Change<CcNode> }) {
  const { t } = useTranslation();
  const roles = node.to.filter((to) => to.startsWith('role:')).map((to) => to.slice(5));
  const others = node.to.filter((to) => !to.startsWith('role:'));
  const set = (to: string[]) => change({ ...node, to });
  const toggle = (target: string, on: boolean) =>
    set(
      on
        ? [...others.filter((o) => o !== target), target, ...roles.map((r) => `role:${r}`)]
        : node.to.filter((o) => o !== target),
    );
  return (
    <Form layout="vertical" data-testid="simple-cc-panel">
      <NamePair
        testId="simple-name"
        value={node.title}
        onChange={(title, l) => change({ ...node, title }, `name:${l}`)}
      />
      <Form.Item label={t('simple.ccTo')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Checkbox checked={others.includes('starter')} onChange={(e) => toggle('starter', e.target.checked)}>
            {t('simple.ccStarter')}
          </Checkbox>
          <Checkbox
            checked={others.includes('starter.manager')}
            onChange={(e) => toggle('starter.manager', e.target.checked)}
          >
            {t('simple.ccStarterManager')}
          </Checkbox>
          <span>{t('simple.ccRoles')}</span>
          <RolePicker
            multiple
            testId="simple-cc-roles"
            value={roles}
            onChange={(next) => set([...others, ...next.map((r) => `role:${r}`)])}
          />
        </Space>
      </Form.Item>
      <NamePair
        testId="simple-cc-message"
        zhLabel="simple.ccMessageZh"
        enLabel="simple.ccMessageEn"
        value={node.message}
        onChange={(message, l) => change({ ...node, message }, `message:${l}`)}
      />
    </Form>
  );
}

export function DelayPanel({
  tree,
  node,
  change,
  changeTree,
}: {
  tree: FlowTree;
  node: DelayNode;
  change: Change<DelayNode>;
  changeTree: (update: (tree: FlowTree) => FlowTree, coalesceKey?: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const calendars = useCalendars();
  const { amount, unit } = delayOf(node);
  const calendar = typeof tree.meta?.calendar === 'string' ? tree.meta.calendar : 'mon-fri';
  const calendarOptions = (calendars.data ?? []).map((c) => ({ value: c.key, label: pickLabel(c.name, lang, c.key) }));
  if (!calendarOptions.some((o) => o.value === calendar))
    calendarOptions.push({ value: calendar, label: t('simple.delayCalendarDefault') });
  return (
    <Form layout="vertical" data-testid="simple-delay-panel">
      <NamePair
        testId="simple-name"
        value={node.title}
        onChange={(title, l) => change({ ...node, title }, `name:${l}`)}
      />
      <Form.Item label={t('simple.delayFor')}>
        <Space>
          <InputNumber
            data-testid="simple-delay-amount"
            min={1}
            value={amount}
            onChange={(v) => change(setDelay(tree, node, v ?? 1, unit), 'delay')}
          />
          <Select
            data-testid="simple-delay-unit"
            style={{ width: 120 }}
            value={unit}
            options={DELAY_UNITS.map((u) => ({ value: u, label: t(DELAY_UNIT_LABEL[u]) }))}
            onChange={(u: DelayUnit) => change(setDelay(tree, node, amount, u))}
          />
        </Space>
      </Form.Item>
      {node.working && (
        <>
          <Form.Item label={t('simple.delayFrom')}>
            <Select
              data-testid="simple-delay-from"
              value={node.working.from ?? 'entry'}
              options={[
                { value: 'entry', label: t('simple.delayFromStart') },
                ...startDateFields(tree.start.form).map((f) => ({
                  value: f.from,
                  label: t('simple.delayFromField', { field: pickLabel(f.title, lang) }),
                })),
              ]}
              onChange={(from: string) => change(setDelayFrom(node, from))}
            />
          </Form.Item>
          <Form.Item label={t('simple.delayCalendar')} extra={t('simple.delayCalendarHelp')}>
            <Select
              data-testid="simple-delay-calendar"
              value={calendar}
              options={calendarOptions}
              onChange={(key: string) => changeTree((tr) => ({ ...tr, meta: { ...tr.meta, calendar: key } }))}
            />
          </Form.Item>
        </>
      )}
    </Form>
  );
}
