// Start form: loads the latest version's meta.input schema, renders it and POSTs /api/instances.
import type { DefinitionSummary } from '@liucheng/contracts';
import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDefinitionVersion } from '../api/definitions.api';
import { useStartInstance } from '../api/instances.api';
import { useSession } from '../auth/session-context';
import { asLabel, pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { JsonFormModal } from '../tasks/json-form-modal';
import { specMeta } from '../spec/spec-meta';
import { firstTaskFor } from './first-task';

export function StartInstanceModal({ definition, onClose }: { definition: DefinitionSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { session } = useSession();
  const version = useDefinitionVersion(definition.key, definition.latestVersion);
  const start = useStartInstance();
  const meta = specMeta(version.data?.spec);
  const description = pickLabel(asLabel(meta.description), language);

  return (
    <JsonFormModal
      open
      title={t('processes.startTitle', { title: pickLabel(definition.title, language, definition.key) })}
      schema={meta.input}
      emptyText={version.isPending ? t('common.loading') : t('processes.noInput')}
      okText={t('processes.start')}
      pending={start.isPending || version.isPending}
      error={start.error ?? version.error}
      intro={description && <Typography.Paragraph type="secondary">{description}</Typography.Paragraph>}
      onCancel={onClose}
      onSubmit={(input) =>
        start.mutate(
          { definitionKey: definition.key, version: definition.latestVersion ?? undefined, input },
          {
            onSuccess: (instance) => {
              // The starter's own first task (contract negotiation, say) opens right away.
              const task = session ? firstTaskFor(instance, session.user) : undefined;
              void message.success(task ? t('inbox.firstTask') : t('processes.started'));
              onClose();
              navigate(task ? `/tasks/${task.id}` : `/instances/${instance.id}`);
            },
          },
        )
      }
    />
  );
}
