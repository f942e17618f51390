// Polling a page for a condition that needs `await` (a widget's updateComplete, document.fonts.ready).
// Playwright's waitForFunction takes the promise an async check returns for a truthy value, so an
// async check there passes on its first poll, before it has checked anything. This awaits each one.

/**
 * Evaluates `check(arg)` in `target` every `polling` ms until it resolves truthy.
 * @template T
 * @param {import('playwright-core').Page | import('playwright-core').Frame} target
 * @param {(arg: T) => unknown} check  runs in the page; may be async
 * @param {T} arg
 * @param {{ timeout?: number, polling?: number }} [options]
 * @returns {Promise<void>}
 */
export async function pollUntil(target, check, arg, { timeout = 10_000, polling = 50 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const left = until - Date.now();
    if (left <= 0) throw new Error(`pollUntil: not true within ${timeout} ms: ${String(check).slice(0, 300)}`);
    // one check that never settles (an update that never ends) must not outlive the timeout
    let timer;
    const late = new Promise((resolve) => (timer = setTimeout(resolve, left, false)));
    const ok = await Promise.race([target.evaluate(check, arg), late]).finally(() => clearTimeout(timer));
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, polling));
  }
}
