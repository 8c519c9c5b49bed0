// A download that stops: a server that accepts the connection and never answers, or a body
// that stops halfway, leaves fetch waiting for minutes (browsers have no read timeout).
// The watch fails a wait once nothing has arrived for a while, and is re-armed by every
// byte, so a slow but moving download is never cut off.

/** Nothing arrived for this long: the reader is told, with Try again. */
export const STALL_MS = 15_000;

export class StalledError extends Error {
  constructor(readonly afterMs: number) {
    super(`nothing arrived for ${afterMs / 1000} seconds`);
    this.name = "StalledError";
  }
}

export interface StallWatch {
  /** Something arrived: the wait starts again. */
  arm(): void;
  /** `promise`, or a StalledError once nothing has arrived for `ms` (whichever is first). */
  race<T>(promise: Promise<T>): Promise<T>;
  /** Done waiting: the timer is cleared and never fires. */
  stop(): void;
}

export function watchForStall(ms: number = STALL_MS): StallWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fail: (error: StalledError) => void = () => {};
  const stalled = new Promise<never>((_, reject) => {
    fail = reject;
  });
  // Nobody may be racing at the moment it fires; that is not an unhandled rejection.
  stalled.catch(() => {});
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fail(new StalledError(ms)), ms);
  };
  arm();
  return {
    arm,
    race: (promise) => Promise.race([promise, stalled]),
    stop: () => clearTimeout(timer),
  };
}
