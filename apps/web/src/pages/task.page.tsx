// One task (/tasks/:id): what it is, where the instance stands, and the form to complete it.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useTask } from '../api/tasks.api';
import { QueryResult } from '../common/query-result';
import { TaskView } from '../tasks/task-view';

export function TaskPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const task = useTask(id);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} onClick={() => navigate('/tasks')}>
        {t('inbox.back')}
      </Button>
      <QueryResult query={task}>{(data) => <TaskView key={data.id} task={data} />}</QueryResult>
    </Space>
  );
}
