// A completed task's outcome by its event title (the definition version is cached for good).
import type { TaskListItem } from '@liucheng/contracts';
import { Tag } from 'antd';
import { useDefinitionVersion } from '../api/definitions.api';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { specMeta } from '../spec/spec-meta';

export function OutcomeText({ task }: { task: TaskListItem }) {
  const language = useLanguage();
  const version = useDefinitionVersion(task.definitionKey, task.instance?.version);
  if (!task.outcome) return null;
  const title = specMeta(version.data?.spec).events[task.outcome]?.title;
  return <Tag>{pickLabel(title, language, task.outcome)}</Tag>;
}
