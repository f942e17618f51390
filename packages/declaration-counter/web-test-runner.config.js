import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { wtrConfig } from '../../config/wtr.config.js';
import { feedResponder } from '../../config/feed-responder.js';
import { sequenceResponder } from './test/sequence-responder.js';

// a11ySnapshot: the disclosure's expanded state is the browser's own, read from its accessibility tree
// Firefox (over WebDriver BiDi) cannot emulate prefers-reduced-motion, and most suites here want
// numbers shown at once: its Firefox runs with the visitor's "reduce motion" setting on, so those
// run; the count-up's own tests, which need motion allowed, are skipped there
// (emulateReducedMotion in config/test-utils.ts) and run in Chromium.
export default wtrConfig({
  middleware: [feedResponder(), sequenceResponder()],
  plugins: [a11ySnapshotPlugin()],
  firefoxPrefs: { 'ui.prefersReducedMotion': 1 },
});
