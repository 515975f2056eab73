// 补充信息: a switch letting the handler ask someone for more information, who answers, and the answer task's name.
import type { FlowTree, HandlerNode, InfoLoop } from '@liucheng/engine';
import { Form, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { askWhoText } from './answer-text';
import { setInfoLoop } from './model/answer-ways';
import { TaskStepName } from './panel-parts';
import { TaskHolderPicker } from './task-holder-picker';

type Change = (next: HandlerNode, coalesceKey?: string) => void;

export function InfoLoopEditor({ tree, node, change }: { tree: FlowTree; node: HandlerNode; change: Change }) {
  const { t } = useTranslation();
  const loop = node.askInfo;
  const setLoop = (next: InfoLoop, coalesceKey?: string) =>
    change({ ...node, askInfo: next }, coalesceKey && `askInfo:${coalesceKey}`);
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
          <TaskHolderPicker
            label={t('simple.askInfoWho')}
            extra={t('simple.askInfoHint')}
            task={loop.task}
            defaultRoles={['staff']}
            testId="simple-ask-info-roles"
            onChange={(task) => setLoop({ ...loop, task })}
          />
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
