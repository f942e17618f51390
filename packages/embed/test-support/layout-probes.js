/* global getComputedStyle, requestAnimationFrame, Node */
// Layout measured inside the page, with DOM APIs only, so that any engine's driver can run them:
// each is a self-contained function for `page.evaluate(fn, arg)` (Playwright, Puppeteer, WebDriver
// BiDi's script.callFunction) or an init script (`startMovementSampler`). No helper outside a
// function body is visible in the page: each function defines what it needs inside itself.

/**
 * Each widget's box against its content's box: the host's border box height and the union of its
 * shadow tree's rendered boxes (absolutely positioned popups excluded), in CSS pixels.
 * @param {string[]} tags
 * @returns {{ tag: string, box: number, content: number, width: number, defined: boolean }[]}
 */
export function widgetBoxes(tags) {
  const out = [];
  for (const tag of tags) {
    for (const host of document.querySelectorAll(tag)) {
      const box = host.getBoundingClientRect();
      let top = Infinity;
      let bottom = -Infinity;
      const visit = (node) => {
        for (const child of node.children) {
          if (child.localName === 'style' || child.localName === 'slot') {
            if (child.localName === 'slot') for (const n of child.assignedElements({ flatten: true })) visit({ children: [n] });
            continue;
          }
          const style = getComputedStyle(child);
          if (style.display === 'none' || style.position === 'absolute' || style.position === 'fixed') continue;
          const r = child.getBoundingClientRect();
          if (r.width > 0 || r.height > 0) {
            top = Math.min(top, r.top - parseFloat(style.marginTop));
            bottom = Math.max(bottom, r.bottom + parseFloat(style.marginBottom));
          }
          if (style.display === 'contents') visit(child);
        }
      };
      if (host.shadowRoot) visit(host.shadowRoot);
      const hostStyle = getComputedStyle(host);
      const chrome = parseFloat(hostStyle.paddingTop) + parseFloat(hostStyle.paddingBottom) + parseFloat(hostStyle.borderTopWidth) + parseFloat(hostStyle.borderBottomWidth);
      out.push({ tag, box: box.height, content: bottom > top ? bottom - top + chrome : 0, width: box.width, defined: !!customElements.get(tag) });
    }
  }
  return out;
}

/**
 * Each widget's type scale, spacing and box sizes: for every rendered element of its shadow tree
 * (in tree order, so two pages' lists line up), its font size, line height, letter spacing, text
 * transform, padding and its box's width and height. Compare two pages' lists entry by entry.
 * @param {string} tag
 * @returns {{ path: string, font: number, line: number, letter: number, transform: string, padding: number[], width: number, height: number }[]}
 */
export function typeScale(tag) {
  const host = document.querySelector(tag);
  const out = [];
  if (!host?.shadowRoot) return out;
  const px = (v) => parseFloat(v) || 0;
  const visit = (node, path) => {
    let i = 0;
    for (const el of node.children) {
      i += 1;
      if (el.localName === 'style') continue;
      const style = getComputedStyle(el);
      if (style.display === 'none') continue;
      const here = `${path}>${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}:${i}`;
      const r = el.getBoundingClientRect();
      const font = parseFloat(style.fontSize);
      out.push({
        path: here,
        font,
        // "normal" is the font's own: compare it as a number of pixels all the same
        line: style.lineHeight === 'normal' ? Math.round(font * 1.2) : parseFloat(style.lineHeight),
        letter: px(style.letterSpacing),
        transform: style.textTransform,
        padding: [style.paddingTop, style.paddingRight, style.paddingBottom, style.paddingLeft].map((v) => parseFloat(v)),
        width: r.width,
        height: r.height,
      });
      visit(el, here);
    }
  };
  visit(host.shadowRoot, tag);
  return out;
}

/**
 * Where the element that stands for "the content below the widgets" is, every animation frame from
 * now on, kept in `window.__scnMovement`: engines without a layout-shift API are measured this way.
 * Install it as an init script (it waits for the element to exist) or call it in the page.
 * @param {string} selector e.g. `#below`
 */
export function startMovementSampler(selector) {
  const w = /** @type {any} */ (window);
  if (w.__scnMovement) return;
  const samples = [];
  w.__scnMovement = samples;
  const start = performance.now();
  const frame = () => {
    const el = document.querySelector(selector);
    if (el && el.isConnected && document.body) {
      // a position in the document, so scrolling is not movement
      const top = el.getBoundingClientRect().top + window.scrollY;
      const last = samples.at(-1);
      if (!last || Math.abs(last.top - top) > 0.01) samples.push({ t: Math.round(performance.now() - start), top });
    }
    if (performance.now() - start < 15_000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * What the sampler saw: the positions the element had after it first painted, and the largest move.
 * @returns {{ samples: { t: number, top: number }[], moved: number }}
 */
export function movementReport() {
  const samples = /** @type {any} */ (window).__scnMovement ?? [];
  const tops = samples.map((s) => s.top);
  return { samples, moved: tops.length ? Math.max(...tops) - Math.min(...tops) : 0 };
}

/**
 * Whether a node is visible ink: used to check that the counter shows its figure in a static
 * capture. Returns each widget's visible text (shadow tree and slotted), as a person reads it.
 * @param {string} tag
 */
export function shadowText(tag) {
  const host = document.querySelector(tag);
  if (!host?.shadowRoot) return '';
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent);
      else if (child.nodeType === Node.ELEMENT_NODE && child.localName !== 'style') {
        if (getComputedStyle(child).display === 'none') continue;
        if (child.localName === 'slot') for (const n of child.assignedNodes({ flatten: true })) walk({ childNodes: [n] });
        else walk(child);
      }
    }
  };
  walk(host.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

// Not for page.evaluate: compares two typeScale() results in Node, for the tests in every engine.
/** Entries of two type-scale lists that differ by more than 2 px (or in text transform). */
export function differences(plain, other) {
  const out = [];
  if (plain.length !== other.length) out.push(`${other.length} rendered elements, the plain page has ${plain.length}`);
  for (const [i, a] of plain.entries()) {
    const b = other[i];
    if (!b) break;
    const near = (x, y) => Math.abs(x - y) <= 2;
    const off = ['font', 'line', 'letter', 'width', 'height'].filter((k) => !near(a[k], b[k]));
    if (!a.padding.every((p, j) => near(p, b.padding[j]))) off.push('padding');
    if (a.transform !== b.transform) off.push('transform');
    if (off.length) out.push(`${a.path}: ${off.map((k) => `${k} ${JSON.stringify(a[k])} → ${JSON.stringify(b[k])}`).join(', ')}`);
  }
  return out;
}
