export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Races work against a deadline; on expiry the controller is aborted so cooperative handlers stop. */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number, controller: AbortController, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new TimeoutError(`${what} did not finish within ${timeoutMs / 1000} s`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
