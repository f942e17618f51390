import { msg } from '@lit/localize';

/**
 * Strings more than one widget shows, translated once. Functions, not constants: msg() must run
 * at render time to follow the active locale.
 */
export const messages = {
  feedFailed: () =>
    msg('The latest information could not be loaded. Showing the last known information.', {
      id: 'core.feed-failed',
    }),
  loading: () => msg('Loading…', { id: 'core.loading' }),
  opensInNewTab: () => msg('(opens in a new tab)', { id: 'core.opens-new-tab' }),
};
