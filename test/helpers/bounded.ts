/**
 * Rejects when `promise` is not settled within `ms`, so a server that hangs
 * fails the test with a clear message instead of stalling it until the test
 * timeout. A generous bound for "does not hang", not a timing assertion.
 */
export async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: the server hangs`)), ms);
  });
  try {
    return await Promise.race([promise, stuck]);
  } finally {
    clearTimeout(timer);
  }
}
