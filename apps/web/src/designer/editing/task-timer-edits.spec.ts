import type { ApprovalSpec } from '@liucheng/engine';
import { remindFields, setRemind, setTimeoutOf, timeoutFields } from './task-timer-edits';

const base: ApprovalSpec = { approvers: [{ kind: 'manager' }], sendBackTo: ['draft'] };

describe('task timer edits', () => {
  it('sets a reminder, with a repeat only when both interval and count are given', () => {
    expect(setRemind(base, { after: 'PT4H', every: '', times: 2 }).remind).toEqual({ after: 'PT4H' });
    expect(setRemind(base, { after: 'PT4H', every: 'P1D', times: 2 }).remind).toEqual({
      after: 'PT4H',
      repeat: { every: 'P1D', times: 2 },
    });
  });

  it('removes the setting when `after` is emptied, keeping the rest of the approval', () => {
    const withBoth = setTimeoutOf(setRemind(base, { after: 'P1D', every: '', times: null }), {
      after: 'P3D',
      action: 'approve',
      to: '',
    });
    const cleared = setTimeoutOf(setRemind(withBoth, { after: '', every: '', times: null }), {
      after: '',
      action: 'approve',
      to: '',
    });
    expect(cleared).toEqual(base);
  });

  it('keeps `to` only for a send-back, and reads the fields back', () => {
    expect(setTimeoutOf(base, { after: 'P3D', action: 'reject', to: 'draft' }).timeout).toEqual({
      after: 'P3D',
      action: 'reject',
    });
    const sendBack = setTimeoutOf(base, { after: 'P3D', action: 'sendBack', to: 'draft' });
    expect(timeoutFields(sendBack)).toEqual({ after: 'P3D', action: 'sendBack', to: 'draft' });
    expect(remindFields(base)).toEqual({ after: '', every: '', times: null });
  });
});
