// Why the last simulated event was not applied: the engine's reason, field errors and accepted events.
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemLabel } from '../../common/problem-label';
import type { SimulationRejection } from './simulation.types';

const REASON_KEYS = {
  'not-accepted': 'designer.simReasonNotAccepted',
  guard: 'designer.simReasonGuard',
  'invalid-data': 'designer.simReasonInvalidData',
  refused: 'designer.simReasonRefused',
  error: 'designer.simReasonError',
} as const;

export function SimulationRejectionAlert({ rejection }: { rejection: SimulationRejection }) {
  const { t } = useTranslation();
  return (
    <Alert
      data-testid="sim-rejection"
      type="warning"
      showIcon
      title={`${t('designer.simRejected', { event: rejection.eventType })}: ${t(REASON_KEYS[rejection.reason])}`}
      description={
        <>
          {rejection.errors.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {rejection.errors.map((e) => (
                <li key={`${e.path}:${e.message}`}>
                  <Typography.Text code>{e.path || '/'}</Typography.Text> {problemLabel(e, t)}
                </li>
              ))}
            </ul>
          )}
          {rejection.reason === 'error' && <Typography.Text>{rejection.message}</Typography.Text>}
          {rejection.reason !== 'error' && rejection.reason !== 'invalid-data' && (
            <Typography.Text type="secondary">
              {t('error.acceptedEvents', { events: rejection.acceptedEvents.join(', ') || t('error.none') })}
            </Typography.Text>
          )}
        </>
      }
    />
  );
}
