// hold.js, the snippet's classic script after reserve.css: written by the build (write-manifest.js)
// from src/reserve.js, so the space it gives back is given back as the loader does it.
import { minify } from 'terser';
import { releaseRules, reserveSpace } from '../src/reserve.js';

/**
 * Its text. Parser-blocking, it keeps the page below the snippet from being parsed before
 * reserve.css applies (Firefox paints what follows a stylesheet in <body> before it loads). And
 * when the widgets' own script (loader.js or widgets.js, beside it) cannot load, reserve.css would
 * keep every tag's space empty for good: it then gives that space back (releaseRules), so each tag
 * shows the content written inside it at its own height.
 * @param {{ tag: string }[]} widgets
 * @returns {Promise<string>}
 */
export async function holdJs(widgets) {
  // the rules themselves, written out here: the browser only adopts them
  const release = JSON.stringify(releaseRules(widgets.map((w) => w.tag).join(',')).join(''));
  const code = `(function (c) {
  var base = c ? c.src.replace(/hold\\.js$/, '') : '';
  addEventListener('error', function (e) {
    var s = e.target;
    if (base && s.localName === 'script' && (s.src === base + 'loader.js' || s.src === base + 'widgets.js')) (${reserveSpace})(${release});
  }, true);
})(document.currentScript);`;
  // minified as the chunks are: the parser waits for this file
  const { code: min } = await minify(code, { ecma: 2020, compress: { passes: 2 } });
  return `// hold.js: holds the parser until reserve.css applies; gives the space back if the widgets' script cannot load.\n${min}\n`;
}
