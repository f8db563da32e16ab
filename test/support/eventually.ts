/**
 * Waits until `check` holds, polling, so event-driven tests do not depend on how busy the machine is.
 * Fails with the last value seen after `timeoutMs`.
 */
export async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
