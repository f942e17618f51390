/* global getComputedStyle, NodeFilter */
// What a visitor actually sees of a widget. A widget's height proves nothing (the loader reserves
// space before anything renders) and its shadow text includes what is hidden; this counts only the
// text, links, controls and icons drawn inside its box. One function for every engine: pages get it
// as `window.__scnVisible`, from Playwright's init script (helpers.js) or the engines' recorder
// (engines.js), so it is passed as source text and must not use anything outside itself.

/**
 * @param {Element} host  a widget's tag
 * @returns {{ text: string, links: number, controls: number, graphics: number, names: string, dir: string, height: number }}
 */
export function visibleContent(host) {
  const box = host.getBoundingClientRect();
  // more than the 1 px a visually-hidden element keeps, and overlapping the widget's box
  const inBox = (r) => r.width > 1 && r.height > 1 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
  // checkVisibility where the engine has it; older WebKit builds read the computed style instead
  const shown = (el) =>
    typeof el.checkVisibility === 'function'
      ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
      : getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length > 0;
  const drawn = (el) => shown(el) && [...el.getClientRects()].some(inBox);
  const out = { text: '', links: 0, controls: 0, graphics: 0, names: '', dir: getComputedStyle(host).direction, height: box.height };
  const names = [];
  const range = document.createRange();
  const walk = (root) => {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || /^(style|script|template)$/.test(parent.localName) || !shown(parent)) continue;
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some(inBox)) out.text += `${node.textContent.replace(/\s+/g, ' ').trim()} `;
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const control = el.matches('button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=menuitem], [role=menuitemradio]');
      if (el.matches('a[href]') || control) {
        if (!drawn(el)) continue;
        out[control ? 'controls' : 'links'] += 1;
        names.push(el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '');
      } else if (el.matches('svg, img, canvas') && !el.parentElement?.closest('svg')) out.graphics += Number(drawn(el));
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  out.text = out.text.trim();
  out.names = names.join(' ');
  return out;
}
