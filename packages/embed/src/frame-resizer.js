/* global getComputedStyle, HTMLIFrameElement */
// frame-resizer.js: for a host page that may run one script, sizes every Strong Cities iframe
// (class `scn-frame`) to its content. The frame page reports its height whenever it changes;
// this sets it through the CSSOM (no style attribute: strict CSPs allow it).
//
// A report counts only when it comes from that iframe's own window (event.source) and from the
// origin that iframe's document has: the frame's URL's origin, or "null" when its sandbox gives it
// no origin of its own (our snippet's sandbox has no allow-same-origin). Any other window's
// message, whatever it says, changes nothing.
import { FRAME_CLASS, FRAME_MESSAGE_SOURCE, resizeHeight } from './frame-url.js';

/** The origin messages from this frame's document carry. */
function frameOrigin(frame) {
  const sandbox = frame.getAttribute('sandbox');
  if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox)) return 'null';
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return undefined;
  }
}

const frames = () => document.querySelectorAll(`iframe.${FRAME_CLASS}`);

window.addEventListener('message', (event) => {
  const height = resizeHeight(event.data);
  if (height === undefined || !event.source) return;
  for (const frame of frames()) {
    if (frame.contentWindow !== event.source) continue;
    if (event.origin !== frameOrigin(frame)) return;
    // the content's height, plus border and padding when the host's CSS sizes border boxes
    // (Bootstrap and most themes: `*, ::before, ::after { box-sizing: border-box }`)
    const style = getComputedStyle(frame);
    const extra = style.boxSizing === 'border-box'
      ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0)
      : 0;
    frame.style.setProperty('height', `${Math.ceil(height + extra)}px`);
    return;
  }
});

/** Frames that reported before this script ran report again. */
function hello() {
  for (const frame of frames()) frame.contentWindow?.postMessage({ source: FRAME_MESSAGE_SOURCE, type: 'ready' }, '*');
}
hello();
// and frames added later, or still loading: each says its height when it loads
document.addEventListener('load', (event) => {
  const target = event.target;
  if (target instanceof HTMLIFrameElement && target.classList.contains(FRAME_CLASS)) {
    target.contentWindow?.postMessage({ source: FRAME_MESSAGE_SOURCE, type: 'ready' }, '*');
  }
}, true);
