import { msg } from '@lit/localize';

/**
 * What the iframe embed (the embed package's frame.html) says around a widget: each frame's
 * accessible name (the snippet's `title` and the frame document's title), keyed by the widget's
 * tag, and the one line shown when the frame is asked for a widget that does not exist.
 * Functions, not constants: msg() must run once the frame's locale is loaded.
 */
export const frameTitles: Readonly<Record<string, () => string>> = {
  'scn-declaration-counter': () => msg('Cities endorsing the declaration', { id: 'frame.title.declaration-counter' }),
  'scn-event-map': () => msg('Strong Cities Network events', { id: 'frame.title.event-map' }),
  'scn-language-toggle': () => msg('Choose a language', { id: 'frame.title.language-toggle' }),
  'scn-membership-cta': () => msg('Join the Strong Cities Network', { id: 'frame.title.membership-cta' }),
  'scn-share-bar': () => msg('Share this page', { id: 'frame.title.share-bar' }),
};

/** Shown in a frame whose address names no widget. */
export const frameUnavailable = (): string =>
  msg('This content cannot be shown here.', { id: 'frame.unavailable' });
