// Asks what a newly drawn transition reacts to: an event, nothing (automatic) or a timer.
import type { WorkflowSpec } from '@liucheng/engine';
import { AutoComplete, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { isDelayKey } from '../inspector/delay-text';
import { useRegistryDescription } from '../inspector/registry.api';
import { knownEvents } from './known-events';

const EVENT_TYPE = /^[A-Z][A-Z0-9_]*$/;

export interface ConnectRequest {
  source: string;
  target: string;
}

/** What the new transition reacts to. */
export type ConnectChoice = { kind: 'on'; event: string } | { kind: 'always' } | { kind: 'after'; delay: string };

export interface ConnectModalProps {
  spec: WorkflowSpec;
  request: ConnectRequest | null;
  onCancel: () => void;
  onConfirm: (choice: ConnectChoice) => void;
}

export function ConnectModal({ spec, request, onCancel, onConfirm }: ConnectModalProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const registry = useRegistryDescription();
  const [kind, setKind] = useState<ConnectChoice['kind']>('on');
  const [event, setEvent] = useState('');
  const [delay, setDelay] = useState('P1D');
  // Each new connection starts from the defaults, already in the render that shows it.
  const [shownRequest, setShownRequest] = useState(request);
  if (shownRequest !== request) {
    setShownRequest(request);
    setKind('on');
    setEvent('');
    setDelay('P1D');
  }
  const eventBad = kind === 'on' && event !== '' && !EVENT_TYPE.test(event);
  const delayBad = kind === 'after' && !isDelayKey(delay, registry.delays);
  const valid = kind === 'always' || (kind === 'on' ? EVENT_TYPE.test(event) : !delayBad);
  const options = knownEvents(spec).map((type) => ({
    value: type,
    label: `${type} · ${pickLabel(spec.meta.events?.[type]?.title, lang, type)}`,
  }));
  const confirm = () =>
    onConfirm(kind === 'on' ? { kind, event } : kind === 'after' ? { kind, delay } : { kind: 'always' });
  return (
    <Modal
      open={request !== null}
      title={t('designer.edConnectTitle')}
      okText={t('designer.edOk')}
      cancelText={t('designer.cancel')}
      okButtonProps={{ disabled: !valid, 'data-testid': 'connect-ok' } as never}
      onCancel={onCancel}
      onOk={confirm}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('designer.edConnectKind')}>
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as ConnectChoice['kind'])}>
            <Radio value="on" data-testid="connect-kind-on">
              {t('designer.edConnectEvent')}
            </Radio>
            <Radio value="always" data-testid="connect-kind-always">
              {t('designer.edConnectAutomatic')}
            </Radio>
            <Radio value="after" data-testid="connect-kind-after">
              {t('designer.edConnectTimer')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {kind === 'on' && (
          <Form.Item
            label={t('designer.edConnectEvent')}
            validateStatus={eventBad ? 'error' : undefined}
            help={eventBad ? t('designer.edConnectEventInvalid') : undefined}
          >
            <AutoComplete
              data-testid="connect-event"
              value={event}
              options={options}
              onChange={(value) => setEvent(String(value).trim())}
              filterOption={(input, option) =>
                String(option?.label ?? '')
                  .toLowerCase()
                  .includes(input.toLowerCase())
              }
            />
          </Form.Item>
        )}
        {kind === 'after' && (
          <Form.Item
            label={t('designer.edConnectDelay')}
            validateStatus={delayBad ? 'error' : undefined}
            help={delayBad ? t('designer.edDurationInvalid') : undefined}
          >
            <Input data-testid="connect-delay" value={delay} onChange={(e) => setDelay(e.target.value.trim())} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
