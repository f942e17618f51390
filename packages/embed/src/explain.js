/**
 * Why a widget's code did not load, in words a webmaster can act on. The browser's own error
 * ("Failed to fetch dynamically imported module") says neither which file of the chunk's graph
 * failed nor why, so the files are fetched again as the browser fetched them (CORS mode): the
 * first one refused by the page's Content-Security-Policy, missing, served with a type that is not
 * JavaScript, or refused for want of a CORS header is named, with its fix.
 * @param {unknown} error    the rejected import's error
 * @param {string[]} blocked URLs (or origins) the page's CSP refused as scripts so far
 * @returns {Promise<string>}
 */
export async function explain(error, blocked) {
  var message = String(/** @type {Error} */ (error)?.message ?? error);
  var url = /https?:\/\/[^\s'"]+?\.js\b/.exec(message)?.[0];
  try {
    return (url && (await check(url, new Set(), blocked))) || message;
  } catch {
    return message;
  }
}

/**
 * @param {string} url
 * @param {Set<string>} seen
 * @param {string[]} blocked
 * @returns {Promise<string | undefined>}
 */
async function check(url, seen, blocked) {
  seen.add(url);
  var csp = blocked.some((b) => b && url.startsWith(b)) &&
    `${url} was blocked by this page's Content-Security-Policy. Fix: allow ${url.slice(0, url.lastIndexOf('/') + 1)} in script-src.`;
  var response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    return csp || `${url} could not be fetched: its server sent no "Access-Control-Allow-Origin" header (scripts from another origin need one) or is down. Fix: serve the folder with "Access-Control-Allow-Origin: *", or upload it to this site's own domain.`;
  }
  var type = response.headers.get('content-type');
  if (!response.ok) return `${url} answered ${response.status}: the file is missing. Fix: upload every file of the widgets' folder beside loader.js, names unchanged.`;
  if (!/javascript/i.test(type ?? '')) return `${url} is served as "${type}", which browsers refuse to run as a script. Fix: serve .js files as "text/javascript".`;
  if (csp) return csp;
  // the chunk's own static imports, in order: the first that fails is the culprit
  for (var [, path] of (await response.text()).matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)/g)) {
    var dep = new URL(path, url).href;
    var found = !seen.has(dep) && (await check(dep, seen, blocked));
    if (found) return found;
  }
}
