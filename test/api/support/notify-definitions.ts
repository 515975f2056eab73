/** A definition whose `PING` (sent by the starter: no task owns it) notifies every target given. */
export function notifySpec(id: string, targets: string[]): Record<string, unknown> {
  const title = (en: string) => ({ zh: `中文${en}`, en });
  return {
    id,
    initial: 'on',
    meta: {
      title: { zh: '通知测试', en: 'Notification test' },
      events: {
        PING: { title: title('Ping') },
      },
    },
    context: {},
    states: {
      on: {
        meta: { title: title('On') },
        on: {
          PING: {
            actions: targets.map((to) => ({
              type: 'notify',
              params: { to, message: { zh: '请查看申请', en: 'Please look at the request' }, data: { to } },
            })),
          },
        },
      },
    },
  };
}

/** A clock the test moves forward (the delivery backoff is measured on it). */
export function mutableClock(start = new Date()): { clock: () => Date; advance(ms: number): void } {
  let now = start.getTime();
  return { clock: () => new Date(now), advance: (ms) => void (now += ms) };
}
