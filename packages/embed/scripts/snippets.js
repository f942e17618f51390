// Writes the snippet from the built dist/manifest.json into the repository's Markdown docs, so a
// partner copies from a README exactly what the build wrote, integrity included. `npm run version`
// runs it after building the new version; run it by hand after a build with
//   node packages/embed/scripts/snippets.js          (writes)
//   node packages/embed/scripts/snippets.js --check  (exits 1 and names the stale blocks)
//
// A doc marks each generated block with a pair of comments around it:
//   <!-- snippet:module -->  …  <!-- /snippet:module -->
// Blocks: module, classic (the two script tags), page (the module tag and every widget's tag with
// its no-JS fallback), drupal (a libraries.yml entry), csp (the policy lines for the npm CDN folder),
// frames (every widget's iframe snippet), framewordpress (one for WordPress's own resizing),
// resizer (frame-resizer.js's script tag), frameheaders (the headers frame.html is served with).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspLines } from './csp.js';
import { drupalLibrary } from './drupal.js';
import { repoRoot } from './widgets.js';

const distManifest = fileURLToPath(new URL('../dist/manifest.json', import.meta.url));

/** The Markdown files that carry snippet blocks: the root README, docs/DESIGN.md and every package's README. */
export function docsWithSnippets() {
  const packages = join(repoRoot, 'packages');
  return [join(repoRoot, 'README.md'), join(repoRoot, 'docs/DESIGN.md'), ...readdirSync(packages).map((p) => join(packages, p, 'README.md'))].filter(existsSync);
}

export function readBuiltManifest() {
  if (!existsSync(distManifest)) throw new Error('packages/embed/dist/manifest.json is missing: run `npm run build` first');
  return JSON.parse(readFileSync(distManifest, 'utf8'));
}

const fence = (lang, text) => `\`\`\`${lang}\n${text}\n\`\`\``;

/** @returns {Record<string, string>} block name → its Markdown */
export function blocks(manifest) {
  const loader = manifest.files.find((f) => f.file === 'loader.js');
  return {
    module: fence('html', manifest.snippet),
    classic: fence('html', manifest.snippetClassic),
    page: fence('html', manifest.example),
    drupal: fence('yaml', drupalLibrary(manifest.base, loader.integrity, manifest.files.find((f) => f.file === 'reserve.css')?.integrity)),
    csp: fence('text', cspLines(manifest.base).join('\n')),
    frames: fence('html', Object.entries(manifest.frames).map(([tag, f]) => `<!-- <${tag}> -->\n${f.snippet}`).join('\n\n')),
    framewordpress: fence('html', manifest.frames['scn-membership-cta'].snippetWordPress),
    resizer: fence('html', manifest.frame.resizer),
    frameheaders: fence('text', manifest.frame.headers.join('\n')),
  };
}

const BLOCK = /(<!-- snippet:([a-z]+) -->\n)([\s\S]*?\n)?(<!-- \/snippet:\2 -->)/g;

/**
 * The doc's text with every block regenerated.
 * @returns {{ text: string, names: string[] }} names of the blocks found
 */
export function render(text, generated) {
  const names = [];
  const out = text.replace(BLOCK, (_all, open, name, _body, close) => {
    if (!(name in generated)) throw new Error(`unknown snippet block "${name}" (known: ${Object.keys(generated).join(', ')})`);
    names.push(name);
    return `${open}${generated[name]}\n${close}`;
  });
  return { text: out, names };
}

/** Changesets not yet released: the docs then describe the next release's code. */
export const pendingChangesets = () => readdirSync(join(repoRoot, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');

/**
 * Between releases a doc keeps the integrity of every file the published version already has: its
 * snippets name that version on the npm CDN, whose bytes are the published ones, not this build's.
 * Files new since then take this build's value; `npm run version` writes them all afresh.
 */
export function keepPublishedIntegrity(before, text, manifest) {
  let out = text;
  for (const { file, integrity } of manifest.files) {
    const written = before.match(new RegExp(`/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" integrity="(sha384-[\\w+/=]+)"`))?.[1];
    if (written && written !== integrity) out = out.replaceAll(integrity, written);
  }
  return out;
}

/** Docs whose blocks differ from the build's: [{ file, names }]. */
export function stale(manifest = readBuiltManifest(), between = pendingChangesets().length > 0) {
  const generated = blocks(manifest);
  return docsWithSnippets()
    .map((file) => ({ file, before: readFileSync(file, 'utf8') }))
    .map(({ file, before }) => {
      const { text, names } = render(before, generated);
      return { file, before, names, text: between ? keepPublishedIntegrity(before, text, manifest) : text };
    })
    .filter(({ before, text }) => before !== text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const changed = stale();
  const check = process.argv.includes('--check');
  for (const { file, text, names } of changed) {
    if (check) console.error(`${relative(repoRoot, file)}: the ${names.join(', ')} snippet blocks are not the build's`);
    else writeFileSync(file, text);
  }
  if (check && changed.length) {
    console.error('Run `node packages/embed/scripts/snippets.js` after `npm run build`.');
    process.exit(1);
  }
  if (!check) console.log(`snippets: ${changed.length} doc(s) updated from dist/manifest.json`);
}
