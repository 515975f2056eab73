/** A `context.<path>` delay or due found no duration in the context when its state was entered. */
export class DelayValueError extends Error {
  constructor(readonly contextPath: string) {
    super(`context.${contextPath} must hold an ISO-8601 duration or milliseconds`);
    this.name = 'DelayValueError';
  }
}
