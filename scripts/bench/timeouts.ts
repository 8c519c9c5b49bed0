// Waiting on a browser that may have stopped answering: every wait has a limit, and a wait
// that runs out is a `Stuck` error, which a run reports as a timeout.

/** One input event that takes longer than this means the page has stopped answering. */
export const INPUT_TIMEOUT_MS = 30_000;

export class Stuck extends Error {}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stuck(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
