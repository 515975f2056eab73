// 限期督办 settings in plain words: its name, the line done within the deadline, and who follows up when it passes.
import type { FollowUpTask, WatchNode } from '@liucheng/engine';
import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NamePair, TaskStepName } from './panel-parts';
import { TaskHolderPicker } from './task-holder-picker';

type Change = (next: WatchNode, coalesceKey?: string) => void;

export function WatchPanel({ node, change }: { node: WatchNode; change: Change }) {
  const { t } = useTranslation();
  const followUp = node.watch.followUp;
  const setFollowUp = (next: FollowUpTask, coalesceKey?: string) =>
    change({ ...node, watch: { ...node.watch, followUp: next } }, coalesceKey && `followUp:${coalesceKey}`);
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
      <TaskHolderPicker
        label={t('simple.watchWho')}
        task={followUp.task}
        defaultRoles={['leader']}
        testId="simple-watch-roles"
        onChange={(task) => setFollowUp({ ...followUp, task })}
      />
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
