// Pure: the message key naming an event the engine records itself (`@start`, `@approvers`, the
// approval actions, a fired timer), so no history row shows a raw engine event type.

const ENGINE_EVENTS: Record<string, string> = {
  '@start': 'history.start',
  '@approvers': 'history.engineApprovers',
  '@transfer': 'history.engineTransfer',
  '@delegate': 'history.engineDelegate',
  '@delegate-done': 'history.engineDelegateDone',
  '@add-approvers': 'history.engineAddApprovers',
  '@remove-approver': 'history.engineRemoveApprover',
  '@send-back': 'history.engineSendBack',
  '@cc': 'history.engineCc',
  '@withdraw': 'history.engineWithdraw',
  '@urge': 'history.engineUrge',
  '@escalate': 'history.engineEscalate',
  '@cancel': 'history.engineCancel',
  '@move': 'history.engineMove',
  '@migrate': 'history.engineMigrate',
};

/**
 * @example engineEventKey('@approvers') // 'history.engineApprovers'
 * @example engineEventKey('xstate.after.P3D.expense.settlement') // 'history.engineTimer'
 * @example engineEventKey('APPROVE') // undefined: the definition names its own events
 */
export function engineEventKey(type: string): string | undefined {
  if (type.startsWith('xstate.after.')) return 'history.engineTimer';
  return ENGINE_EVENTS[type] ?? (type.startsWith('@') ? 'history.engineOther' : undefined);
}
