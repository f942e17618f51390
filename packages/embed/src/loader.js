/* global MutationObserver */
// The autoloader: one small ES module that defines only the widgets a page uses, when it uses
// them. Chunks are imported relative to this file's URL (import.meta.url), so the CDN folder
// works from any origin. When a widget's code cannot load, its tag gives its reserved space back
// and shows the content the partner wrote inside it, and the console says once why and what to fix.
import { claim } from './guard.js';
import { releaseSpace, reserveSpace } from './reserve.js';
import { explain } from './explain.js';
import { version, widgets, reserve } from 'virtual:scn-widgets';

if (claim(version, 'loader.js')) start();

function start() {
  var sheet = reserveSpace(reserve);
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
  var observer = new MutationObserver(function (records) {
    for (var record of records) for (var node of record.addedNodes) if (node.nodeType === 1) scan(node);
  });
  function scan(root) {
    for (var [tag, load] of pending) {
      if (root.localName === tag || root.querySelector(tag)) {
        pending.delete(tag);
        load().catch(fail.bind(null, tag));
      }
    }
    if (!pending.size) observer.disconnect();
  }
  observer.observe(document, { childList: true, subtree: true });
  scan(document.documentElement);
}
