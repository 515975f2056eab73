// The inbox on phones: one card per task, everything stacked.
import { Card, Flex } from 'antd';
import { OutcomeText } from './outcome-text';
import { SummaryValues } from './summary-values';
import { TaskActions } from './task-actions';
import { ProcessText, StarterText, TaskTitleLink, WhenText } from './task-cells';
import type { TaskViewProps } from './task-table';

export function TaskCards({ tasks, tab, now, processTitle }: TaskViewProps) {
  return (
    <Flex vertical gap={12}>
      {tasks.map((task) => (
        <Card key={task.id} size="small" data-testid="task-card">
          <Flex vertical gap={6}>
            <TaskTitleLink task={task} />
            <ProcessText task={task} fallback={processTitle(task.definitionKey)} />
            <StarterText task={task} />
            <SummaryValues fields={task.instance?.summary} />
            <WhenText task={task} tab={tab} now={now} />
            {tab === 'done' && <OutcomeText task={task} />}
            <TaskActions task={task} tab={tab} block />
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
