// Data form for one event, from meta.events[TYPE].schema; POSTs the event and shows 409/422 answers.
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/idempotency-key';
import { useSendEvent } from '../api/instances.api';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import type { SpecMeta } from '../spec/spec-meta';
import { JsonFormModal } from '../tasks/json-form-modal';

export function SendEventModal(props: { instanceId: string; type: string; meta: SpecMeta; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const send = useSendEvent(props.instanceId);
  // One key per opened form: a double click or a retry after a lost answer applies the event once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const event = props.meta.events[props.type];

  return (
    <JsonFormModal
      open
      title={t('event.modalTitle', { title: pickLabel(event?.title, language, props.type) })}
      schema={event?.schema}
      emptyText={t('event.noData')}
      okText={t('event.send')}
      pending={send.isPending}
      error={send.error}
      errorPrefix="/data"
      labelEvent={(type) => pickLabel(props.meta.events[type]?.title, language, type)}
      onCancel={props.onClose}
      onSubmit={(data) =>
        send.mutate(
          { request: { type: props.type, data }, idempotencyKey },
          {
            onSuccess: () => {
              void message.success(t('event.sent'));
              props.onClose();
            },
          },
        )
      }
    />
  );
}
