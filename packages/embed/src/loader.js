/* global MutationObserver, self */
// The autoloader: one small ES module that defines only the widgets a page uses, when it uses
// them. Chunks are imported relative to this file's URL (import.meta.url), so the CDN folder
// works from any origin. When a widget's code cannot load, its tag gives its reserved space back
// and shows the content the partner wrote inside it, and the console says once why and what to fix.
// On a phone every round trip counts (issue 18): for each widget it finds, the loader asks at once
// for every file that widget needs (its chunk, the shared chunks it imports, the page's locale),
// with their integrity, and starts the widget's `src` feed, instead of each arriving only after
// the one that names it. Only files of this folder are preloaded, never another host.
import { claim } from './guard.js';
import { releaseSpace, reserveSpace } from './reserve.js';
import { explain } from './explain.js';
import { version, widgets, reserve, files } from 'virtual:scn-widgets';
// core's own code, bundled into this file (the query keeps it a separate copy, out of the chunks
// the widgets share, so that loader.js imports nothing)
import { pageLocale } from '../../core/src/page-locale.ts?loader';
import { startFeed } from '../../core/src/feed-request.ts?loader';
import { warmIntl } from '../../core/src/intl.ts?loader';
import { registerHostUnit } from '../../core/src/host-unit.ts?loader';
import { nearObserver } from '../../core/src/near-observer.ts?loader';

if (claim(version, 'loader.js')) {
  // Chromium styles and lays out the whole page in the task that runs this file, as parsing ends:
  // what restyles or moves the page must come first (the unit, registered later, restyles every
  // element; space reserved later shifts the page). The rest waits for a task of its own, so
  // neither task is long on a page of a thousand widgets (issue 18).
  registerHostUnit();
  setTimeout(start, 0, reserveSpace(reserve));
}

/** @param {CSSStyleSheet | undefined} sheet  the reserve sheet, for releaseSpace */
function start(sheet) {
  var pending = new Map(Object.entries(widgets));
  /** @type {string[]} */
  var blocked = [];
  var told = false;
  document.addEventListener('securitypolicyviolation', (e) => {
    if (/^script-src/.test(e.effectiveDirective)) blocked.push(e.blockedURI);
  });
  function fail(tag, error) {
    releaseSpace(sheet, tag);
    // one message for the page: widgets share files, so the first failure's cause is usually all of theirs
    if (told) return;
    told = true;
    explain(error, blocked).then((why) => {
      console.warn(`[strong-cities] A widget's code could not load (<${tag}> first): each such tag shows the content written inside it instead. ${why}`);
    });
  }
  /** @type {Set<string>} file names */
  var preloaded = new Set();
  /** @param {number | undefined} i  a file's index in the build's table */
  function preload(i) {
    var file = files.f[i];
    if (!file || preloaded.has(file[0])) return;
    preloaded.add(file[0]);
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file[0], import.meta.url).href;
    link.integrity = file[1];
    document.head.append(link);
  }
  /** @type {import('../../core/src/page-locale.ts').Locale | undefined} */
  var locale;
  var warmed = false;
  function prepare(tag) {
    // the first widget brings the locale: its strings are needed before it renders
    if (!locale) preload(files.l[(locale = pageLocale())]);
    files.w[tag].forEach(preload);
    if (files.s.includes(tag)) for (var el of document.querySelectorAll(`${tag}[src]`)) startFeed(el.getAttribute('src'));
    // a page's first Intl object is slow (core intl.ts): made while the code downloads, when idle,
    // once such a widget is near the viewport. For one far below (a page of a thousand widgets) it
    // would be a long task while the page loads, for nothing a visitor sees yet.
    // One observer for every such tag: a counter far below must not keep a map in view from it.
    if (files.i.includes(tag) && !warmed) {
      try {
        near = near || nearObserver((entries) => entries.some((e) => e.isIntersecting) && warm());
        for (var w of document.querySelectorAll(tag)) near.observe(w);
      } catch {
        warm();
      }
    }
  }
  /** @type {IntersectionObserver | undefined} watches the widgets that format with Intl until one is near */
  var near;
  function warm() {
    if (warmed) return;
    warmed = true;
    if (near) near.disconnect();
    // WebKit has no requestIdleCallback
    (self.requestIdleCallback || setTimeout)(() => warmIntl(locale));
  }
  var observer = new MutationObserver(function (records) {
    for (var record of records) for (var node of record.addedNodes) if (node.nodeType === 1) scan(node);
  });
  function scan(root) {
    for (var [tag, load] of pending) {
      if (root.localName === tag || root.querySelector(tag)) {
        pending.delete(tag);
        prepare(tag);
        load().catch(fail.bind(null, tag));
      }
    }
    if (!pending.size) observer.disconnect();
  }
  observer.observe(document, { childList: true, subtree: true });
  scan(document.documentElement);
}
