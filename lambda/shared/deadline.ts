import { ChatError } from './chat-errors';

/** The request ran out of time before (or while) a downstream call could finish. */
export const deadlineExceeded = () =>
  new ChatError(504, 'deadline_exceeded', 'The request ran out of time. Try again, or shorten the request.');

/**
 * Time left for one invocation, minus what is kept back for answering the caller and writing
 * the audit event. Every downstream call (DynamoDB read, Bedrock, DynamoDB write) takes its abort
 * signal from here, so the function never times out with its audit event unwritten.
 */
export class Deadline {
  private constructor(
    private readonly remaining: () => number,
    private readonly marginMs: number,
  ) {}

  /**
   * From the Lambda context. A context without `getRemainingTimeInMillis` has no deadline: the
   * request is refused (504) rather than run without one.
   */
  static fromContext(context: { getRemainingTimeInMillis?: () => number } | undefined, marginMs: number): Deadline {
    const remaining = context?.getRemainingTimeInMillis;
    if (typeof remaining !== 'function') throw deadlineExceeded();
    return new Deadline(() => remaining.call(context), marginMs);
  }

  /** Milliseconds a call may take and still leave `reserveMs` plus the margin. */
  leftMs(reserveMs = 0): number {
    const left = this.remaining();
    return Number.isFinite(left) ? left - this.marginMs - reserveMs : 0;
  }

  /** An abort signal that fires when the time for this call is up; 504 now if it already is. */
  signal(reserveMs = 0): AbortSignal {
    const left = this.leftMs(reserveMs);
    if (left <= 0) throw deadlineExceeded();
    return AbortSignal.timeout(left);
  }
}
