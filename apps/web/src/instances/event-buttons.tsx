// One button per accepted event that is no open task's outcome (those are decided on the task
// page, by whoever holds the task); each opens the event's data form.
import type { Instance } from '@liucheng/contracts';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import type { SpecMeta } from '../spec/spec-meta';
import { SendEventModal } from './send-event-modal';

export function EventButtons({ instance, meta }: { instance: Instance; meta: SpecMeta }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [openType, setOpenType] = useState<string | null>(null);

  const outcomes = new Set(instance.tasks.filter((task) => task.status === 'open').flatMap((task) => task.outcomes));
  const events = instance.acceptedEvents.filter((type) => !outcomes.has(type));
  if (events.length === 0) return <Typography.Text type="secondary">{t('detail.actionsEmpty')}</Typography.Text>;

  return (
    <>
      <Space wrap>
        {events.map((type) => (
          <Button key={type} onClick={() => setOpenType(type)}>
            {pickLabel(meta.events[type]?.title, language, type)}
          </Button>
        ))}
      </Space>
      {openType && (
        <SendEventModal instanceId={instance.id} type={openType} meta={meta} onClose={() => setOpenType(null)} />
      )}
    </>
  );
}
