/* global module */
// Puppeteer never downloads a browser here: the tests drive Debian's Chromium and Firefox ESR
// (config/chrome.js, config/firefox.js). Read by the `puppeteer` package that
// @web/test-runner-puppeteer depends on, at install time (its postinstall) and at launch.
module.exports = { skipDownload: true, chrome: { skipDownload: true }, firefox: { skipDownload: true }, 'chrome-headless-shell': { skipDownload: true } };
