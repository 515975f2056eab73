// One button per accepted event; each opens the event's data form.
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

  if (instance.acceptedEvents.length === 0)
    return <Typography.Text type="secondary">{t('detail.actionsEmpty')}</Typography.Text>;

  return (
    <>
      <Space wrap>
        {instance.acceptedEvents.map((type) => (
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
