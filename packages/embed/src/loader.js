/* global MutationObserver */
// The autoloader: one small ES module that defines only the widgets a page uses, when it uses
// them. Chunks are imported relative to this file's URL (import.meta.url), so the CDN folder
// works from any origin.
import { claim } from './guard.js';
import { reserveSpace } from './reserve.js';
import { version, widgets, reserve } from 'virtual:scn-widgets';

if (claim(version, 'loader.js')) start();

function start() {
  reserveSpace(reserve);
  var pending = new Map(Object.entries(widgets));
  var observer = new MutationObserver(function (records) {
    for (var record of records) for (var node of record.addedNodes) if (node.nodeType === 1) scan(node);
  });
  function scan(root) {
    for (var [tag, load] of pending) {
      if (root.localName === tag || root.querySelector(tag)) {
        pending.delete(tag);
        load().catch(function (error) {
          console.warn('[strong-cities] could not load <' + tag + '>: ' + (error && error.message));
        });
      }
    }
    if (!pending.size) observer.disconnect();
  }
  observer.observe(document, { childList: true, subtree: true });
  scan(document.documentElement);
}
