// Helpers shared by every package's tests: import from '../../../config/test-utils.js'.

/** The next `type` event on `target`, typed from the event maps (e.g. ScnShareEvent). */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (e) => resolve(e as GlobalEventHandlersEventMap[K]), { once: true }),
  );
}

/** Runs `fn` (sync or async) and returns what it printed with console.warn. */
export async function captureWarnings(fn: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Every request the page made (resource timing), as absolute URLs. */
export const requestedUrls = (): string[] =>
  performance.getEntriesByType('resource').map((e) => e.name);

/** Waits until `check` is true (polling each frame-ish), or fails after `timeout` ms. */
export async function until(check: () => boolean, what = 'condition', timeout = 3000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
