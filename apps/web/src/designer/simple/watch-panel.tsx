// 限期督办 settings in plain words: its name, the line done within the deadline, and who follows up when it passes.
import type { FollowUpTask, WatchNode } from '@liucheng/engine';
import { Form, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NamePair, RolePicker, TaskStepName } from './panel-parts';

type Change = (next: WatchNode, coalesceKey?: string) => void;

export function WatchPanel({ node, change }: { node: WatchNode; change: Change }) {
  const { t } = useTranslation();
  const followUp = node.watch.followUp;
  const setFollowUp = (next: FollowUpTask, coalesceKey?: string) =>
    change({ ...node, watch: { ...node.watch, followUp: next } }, coalesceKey && `followUp:${coalesceKey}`);
  const assignee = followUp.task.assignee;
  const who = assignee === 'starter' ? 'starter' : assignee === 'starter.manager' ? 'manager' : 'roles';
  const setWho = (next: string) => {
    const { assignee: _a, candidateRoles: _c, ...task } = followUp.task;
    if (next === 'starter') setFollowUp({ ...followUp, task: { ...task, assignee: 'starter' } });
    else if (next === 'manager') setFollowUp({ ...followUp, task: { ...task, assignee: 'starter.manager' } });
    else setFollowUp({ ...followUp, task: { ...task, candidateRoles: followUp.task.candidateRoles ?? ['leader'] } });
  };
  return (
    <Form layout="vertical" data-testid="simple-watch-panel">
      <NamePair
        testId="simple-name"
        value={node.title}
        onChange={(title, l) => change({ ...node, title }, `name:${l}`)}
      />
      <NamePair
        testId="simple-watch-line"
        zhLabel="simple.branchZh"
        enLabel="simple.branchEn"
        value={node.line.title}
        onChange={(title, l) => change({ ...node, line: { ...node.line, title } }, `line:${l}`)}
      />
      <Typography.Paragraph type="secondary">{t('simple.watchLineHint')}</Typography.Paragraph>
      <Typography.Title level={5}>{t('simple.watchDeadline')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('simple.watchDeadlineHint')}</Typography.Paragraph>
      <Form.Item label={t('simple.watchWho')}>
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
            testId="simple-watch-roles"
            value={followUp.task.candidateRoles ?? []}
            onChange={(candidateRoles) => setFollowUp({ ...followUp, task: { ...followUp.task, candidateRoles } })}
          />
        </Form.Item>
      )}
      <TaskStepName
        node={followUp}
        testId="simple-watch-follow-up"
        zhLabel="simple.watchFollowUpZh"
        enLabel="simple.watchFollowUpEn"
        onChange={(next, key) => setFollowUp(next, key)}
      />
    </Form>
  );
}
