/* global Element, Node, ShadowRoot, structuredClone */
// Loaded before the test framework on every @web/test-runner page (config/wtr.config.js).
//
// A failed chai assertion carries the values it compared (`actual`, `expected`). @web/test-runner
// 0.20.2 sends a file's results to the runner with structuredClone, which throws on a DOM node
// (`expect(shadowRoot.activeElement).to.equal(button)`, the usual focus check). The results of the
// whole file were then lost and the run waited for testsFinishTimeout (120 s) before giving up on
// it. So when a test fails, whatever cannot be cloned is replaced by a readable description.

const MAX_DEPTH = 3;

/** `<button part="button" class="trigger"> "Language English" in <scn-language-toggle>` */
function describeNode(node) {
  if (!(node instanceof Element)) return `${node.nodeName} ${JSON.stringify((node.textContent ?? '').slice(0, 60))}`;
  const attrs = ['id', 'part', 'class', 'role', 'aria-label']
    .filter((name) => node.hasAttribute(name))
    .map((name) => ` ${name}="${node.getAttribute(name)}"`)
    .join('');
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const root = node.getRootNode();
  const host = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
  return `<${node.localName}${attrs}>${text ? ` ${JSON.stringify(text)}` : ''}${host}`;
}

function cloneable(value, depth = 0) {
  try {
    structuredClone(value);
    return value;
  } catch {
    // described below
  }
  if (value instanceof Node) return describeNode(value);
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (depth < MAX_DEPTH && Array.isArray(value)) return value.map((v) => cloneable(v, depth + 1));
  if (depth < MAX_DEPTH && value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneable(v, depth + 1)]));
  }
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

// the mocha runner is published on this global as soon as `mocha.run()` returns, before the first test
let runner;
Object.defineProperty(window, '__WTR_MOCHA_RUNNER__', {
  configurable: true,
  get: () => runner,
  set(value) {
    runner = value;
    value?.on?.('fail', (_test, error) => {
      if (error === null || typeof error !== 'object') return;
      for (const key of ['actual', 'expected']) if (key in error) error[key] = cloneable(error[key]);
    });
  },
});
