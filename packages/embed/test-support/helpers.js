/* global PerformanceObserver, getComputedStyle, MutationObserver, Element */
// Shared by the end-to-end tests: one Chromium per test file, the demo city's two servers, and a
// page that records everything a partner would not want to see.
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../../../config/chrome.js';
import { pollUntil } from '../../../config/poll-until.js';
import { start } from '../../../apps/demo-city/server.js';
import { discoverWidgets } from '../scripts/widgets.js';
import { visibleContent } from './visible.js';

export const widgets = discoverWidgets();
export const tags = widgets.map((w) => w.tag);

export async function launch() {
  return chromium.launch(chromeLaunchOptions());
}

export { start };

/** @typedef {{ browser: import('playwright-core').Browser, server: Awaited<ReturnType<typeof start>> }} Harness */

/**
 * One Chromium and the demo city's servers for the test file that calls this at its top level:
 * started before its tests, closed after them. Tests read `harness.browser` and `harness.server`.
 * @param {Parameters<typeof start>[0] | (() => Parameters<typeof start>[0])} [options] for start();
 *   a function is called in the hook
 * @param {(h: Harness) => Promise<void>} [setup] the file's own setup, once both run (node:test does
 *   not wait for one top-level `before` before starting the next, so it belongs in this one)
 */
export function useHarness(options, setup) {
  const harness = /** @type {Harness} */ ({});
  before(async () => {
    harness.browser = await launch();
    harness.server = await start(typeof options === 'function' ? options() : options);
    await setup?.(harness);
  });
  after(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

// Runs in every page before its own scripts: CSP violations and layout shifts, recorded in-page.
function recorder() {
  const w = /** @type {any} */ (window);
  w.__scn = { csp: [], cls: 0, shifts: [], hints: [] };
  // every <link> a resource hint could travel in, wherever it is put (even if removed again): in
  // the document and in every shadow root, where a widget would add one
  const hintRels = /\b(preconnect|dns-prefetch|prefetch|preload|modulepreload|prerender)\b/i;
  const known = new WeakMap(); // link → what it was recorded as (a node is seen again with its parent)
  const seeLink = (node) => {
    if (node.localName !== 'link' || !hintRels.test(node.rel)) return;
    const hint = { rel: node.rel, href: node.href || node.getAttribute('href') || '', where: node.getRootNode()?.host?.localName ?? 'document' };
    const key = JSON.stringify(hint);
    if (known.get(node) === key) return;
    known.set(node, key);
    w.__scn.hints.push(hint);
  };
  const seeTree = (node) => {
    if (node.nodeType !== 1) return;
    seeLink(node);
    node.querySelectorAll?.('link').forEach(seeLink);
  };
  const hints = new MutationObserver((records) => records.forEach((r) => {
    if (r.type === 'attributes') seeLink(r.target);
    else r.addedNodes.forEach(seeTree);
  }));
  const watch = (root) => hints.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['rel', 'href'] });
  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    const t = /** @type {any} */ (e.target); const host = t?.getRootNode?.()?.host?.localName ?? 'document';
    w.__scn.csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on <${t?.localName ?? '?'}> in <${host}> (${e.sample}) at ${e.sourceFile}:${e.lineNumber}`);
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      w.__scn.cls += entry.value;
      w.__scn.shifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        // nodes inside a shadow root are not exposed: name the widget found at the shifted box
        nodes: (entry.sources ?? []).map((s) => {
          const r = s.currentRect.width ? s.currentRect : s.previousRect; // empty now: it went away
          const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          const where = s.node ? s.node.nodeName : `inside <${at?.localName ?? '?'}>`;
          return `${where} moved ${Math.round(s.previousRect.x)},${Math.round(s.previousRect.y)} → ${Math.round(r.x)},${Math.round(r.y)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Opens a page and records console errors/warnings, page errors and every request.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function openRecorded(context, url, { waitFor = tags } = {}) {
  const page = await context.newPage();
  const log = { errors: [], warnings: [], pageErrors: [], requests: [], linkHeaders: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  // resource hints in HTTP headers: `Link: <https://cdn.example>; rel=preconnect`
  page.on('response', (r) => {
    for (const part of (r.headers().link ?? '').split(/,(?=\s*<)/)) {
      const m = /<([^>]*)>.*?\brel="?([^";]+)/i.exec(part);
      if (m && /\b(preconnect|dns-prefetch|prefetch|preload|modulepreload|prerender)\b/i.test(m[2])) {
        log.linkHeaders.push({ rel: m[2], href: new URL(m[1], r.url()).href, where: `Link header of ${r.url()}` });
      }
    }
  });
  await page.addInitScript(recorder);
  // what a visitor sees of a widget (visible.js), before the page's own scripts
  await page.addInitScript({ content: `window.__scnVisible = ${visibleContent};` });
  await page.goto(url, { waitUntil: 'load' });
  if (waitFor.length) await widgetsReady(page, waitFor);
  return { page, log };
}

/** Resolves when every tag on the page is defined and every instance has rendered. */
export async function widgetsReady(page, wanted = tags, timeout = 10_000) {
  await pollUntil(
    page,
    async (list) => {
      const present = list.filter((t) => document.querySelector(t));
      if (!present.every((t) => customElements.get(t))) return false;
      const els = present.flatMap((t) => [...document.querySelectorAll(t)]);
      await Promise.all(els.map((el) => /** @type {any} */ (el).updateComplete));
      return true;
    },
    wanted,
    { timeout },
  );
}

/** What each widget instance shows: defined, shadow text, size, direction, and what a visitor sees of it. */
export function inspectWidgets(page, list = tags) {
  return page.evaluate((wanted) => {
    return wanted.flatMap((tag) =>
      [...document.querySelectorAll(tag)].map((el) => {
        const root = el.shadowRoot;
        const rect = el.getBoundingClientRect();
        const text = (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return {
          tag,
          defined: Boolean(customElements.get(tag)) && el.matches(':defined'),
          rendered: Boolean(root && root.children.length + root.childNodes.length > 0),
          text,
          elements: root ? root.querySelectorAll('*').length : 0,
          height: rect.height,
          width: rect.width,
          dir: getComputedStyle(el).direction,
          lang: el.getAttribute('lang'),
          /** @type {{ text: string, links: number, controls: number, graphics: number }} */
          visible: /** @type {any} */ (window).__scnVisible(el),
        };
      }),
    );
  }, list);
}

/** Words a broken widget shows instead of content. */
export const BROKEN_TEXT = /\b(?:undefined|NaN|null|Invalid Date)\b|\[object /;

/**
 * Why a widget would look like an empty box to a visitor, or '' when it shows content: some
 * visible text or icons, and at least one visible link or control (every widget has one).
 * @param {{ visible: { text: string, links: number, controls: number, graphics: number } }} w
 */
export function emptyBox({ visible: v }) {
  if (!v.text && !v.graphics) return 'shows no visible text or icon';
  if (!(v.links + v.controls)) return `shows no visible link or control (text: "${v.text.slice(0, 80)}")`;
  return '';
}

/** Resource hints (`<link rel=preconnect|dns-prefetch|prefetch|preload…>` or `Link` headers) to other hosts. */
export async function foreignHints(page, log, origins) {
  const seen = [...(await page.evaluate(() => /** @type {any} */ (window).__scn.hints)), ...log.linkHeaders];
  return seen
    .filter((h) => h.href && !origins.some((o) => h.href === o || h.href.startsWith(`${o}/`)))
    .map((h) => `rel=${h.rel} ${h.href} (${h.where})`);
}

/** Requests that went to a host other than the two local origins. */
export function foreignRequests(requests, origins) {
  return requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && !origins.some((o) => u.startsWith(o)));
}

export const cspOf = (page) => page.evaluate(() => /** @type {any} */ (window).__scn.csp);
export const clsOf = (page) => page.evaluate(() => /** @type {any} */ (window).__scn);

/** A bare page on the site's origin (same CSP as the site) with the given script tags and body. */
export function harnessPage({ head = '', body = '', lang = 'en' }) {
  return `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">
<title>Harness</title><link rel="icon" href="/assets/favicon.svg">${head}</head><body><main>${body}</main></body></html>`;
}

/** Every widget's tag, once each. */
export const allTags = (attrs = () => '') => tags.map((t) => `<${t}${attrs(t)}></${t}>`).join('\n');

/** Console errors that are not the browser reporting a CSP violation (checked in pages.test.js). */
export const nonCspErrors = (errors) => errors.filter((e) => !/Content Security Policy/.test(e));

/** Short, readable list for assertion messages. */
export const brief = (list, n = 5) =>
  list.length ? `${list.length}: ${list.slice(0, n).map((s) => String(s).slice(0, 240)).join(' | ')}` : 'none';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe's violations on the page as it is now, one line each ("rule (impact): targets — help"), after
 * the 200 ms a widget may take to settle its last attributes.
 * @param {import('playwright-core').Page} page
 */
export async function axeViolations(page) {
  await page.waitForTimeout(200);
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')} — ${v.help}`);
  });
}
