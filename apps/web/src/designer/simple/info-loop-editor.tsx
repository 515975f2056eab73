// 补充信息: a switch letting the handler ask someone for more information, who answers, and the answer task's name.
import type { FlowTree, HandlerNode, InfoLoop } from '@liucheng/engine';
import { Form, Radio, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { askWhoText } from './answer-text';
import { setInfoLoop } from './model/answer-ways';
import { RolePicker, TaskStepName } from './panel-parts';

type Change = (next: HandlerNode, coalesceKey?: string) => void;

export function InfoLoopEditor({ tree, node, change }: { tree: FlowTree; node: HandlerNode; change: Change }) {
  const { t } = useTranslation();
  const loop = node.askInfo;
  const setLoop = (next: InfoLoop, coalesceKey?: string) =>
    change({ ...node, askInfo: next }, coalesceKey && `askInfo:${coalesceKey}`);
  const who = !loop
    ? 'starter'
    : loop.task.assignee === 'starter'
      ? 'starter'
      : loop.task.assignee === 'starter.manager'
        ? 'manager'
        : 'roles';
  const setWho = (next: string) => {
    if (!loop) return;
    const { assignee: _a, candidateRoles: _c, ...task } = loop.task;
    if (next === 'starter') setLoop({ ...loop, task: { ...task, assignee: 'starter' } });
    else if (next === 'manager') setLoop({ ...loop, task: { ...task, assignee: 'starter.manager' } });
    else setLoop({ ...loop, task: { ...task, candidateRoles: loop.task.candidateRoles ?? ['staff'] } });
  };
  return (
    <>
      <Form.Item>
        <Space>
          <Switch
            data-testid="simple-ask-info"
            checked={loop !== undefined}
            onChange={(on) => change(setInfoLoop(tree, node, on))}
          />
          <Typography.Text>
            {t('simple.askInfo', {
              who: askWhoText(t, loop?.task ?? { title: { zh: '', en: '' }, assignee: 'starter' }),
            })}
          </Typography.Text>
        </Space>
      </Form.Item>
      {loop && (
        <div data-testid="simple-ask-info-settings">
          <Form.Item label={t('simple.askInfoWho')} extra={t('simple.askInfoHint')}>
            <Radio.Group value={who} onChange={(e) => setWho(e.target.value as string)}>
              <Space orientation="vertical">
                <Radio value="starter">{t('simple.handlerStarter')}</Radio>
                <Radio value="manager">{t('simple.handlerManager')}</Radio>
                <Radio value="roles">{t('simple.handlerRoles')}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          {who === 'roles' && (
            <Form.Item>
              <RolePicker
                multiple
                testId="simple-ask-info-roles"
                value={loop.task.candidateRoles ?? []}
                onChange={(candidateRoles) => setLoop({ ...loop, task: { ...loop.task, candidateRoles } })}
              />
            </Form.Item>
          )}
          <TaskStepName
            node={loop}
            testId="simple-ask-info-name"
            zhLabel="simple.askInfoTaskZh"
            enLabel="simple.askInfoTaskEn"
            onChange={(next, key) => setLoop(next, key)}
          />
        </div>
      )}
    </>
  );
}
