// Kept over minify-html-literals (measured, docs/decisions.md): the library's clean-css 4 drops
// `aspect-ratio` and `@container` rules (the map gets no height; the end-to-end tests fail), and with
// our CSS minifier it saves 49 B gzip over the whole CDN folder, for two unmaintained dependencies.
// Minifies the text of Lit's tagged templates in what we ship: `css` loses comments and the
// whitespace CSS does not need; `html`/`svg` lose indentation. esbuild/oxc minify JavaScript but
// leave template text alone, and in widgets that text is a third of the bytes.
// Only the literal text between `${…}` changes, and only in ways that render the same:
// - css: comments dropped, whitespace runs → one space, no space around `{ } ; , > /` or after `:`
//   (before `:` it may be a descendant combinator: `.a :hover`), nor before `!important` or around
//   calc()'s `*` (never `+` or `-`, which need it), no `;` before `}`, no quotes around an
//   attribute selector's value that is an identifier (`[size='s']` → `[size=s]`), no leading zero
//   before a decimal point (`0.5rem` → `.5rem`, `-0.5rem` → `-.5rem`);
// - html/svg: a whitespace run that holds a line break → one space, or nothing at the template's
//   edges (whitespace at the start and end of a line is not rendered; `white-space: pre` content
//   in our widgets comes from expressions, never from template text), or nothing before the `>`
//   that closes a tag (`</span\n  >`, or `aria-hidden=${x}\n  >` after an attribute's value).
// A run next to an expression keeps one space: `${a} ${b}` must not become `${a}${b}`.

import { walk } from './estree-walk.js';

/** A comment or a quoted string, whichever starts first: comments go, strings stay as written. */
const COMMENT_OR_STRING = /\/\*[\s\S]*?\*\/|'(?:[^'\\\n]|\\[\s\S])*'|"(?:[^"\\\n]|\\[\s\S])*"/g;

/** @param {string} text one quasi of a css template; `first`/`last`: it touches the template's edge */
export function minifyCss(text, first, last) {
  // strings keep every character (`content: '\\25BE  '` is an escape, its terminating space, and a
  // real space); an attribute selector's value that is an identifier loses its quotes
  const pieces = [{ code: '' }];
  const code = (t) => {
    const last = pieces[pieces.length - 1];
    if (last.code !== undefined) last.code += t;
    else pieces.push({ code: t });
  };
  let at = 0;
  for (const m of text.matchAll(COMMENT_OR_STRING)) {
    code(text.slice(at, m.index));
    if (m[0].startsWith('/*')) code(' '); // a comment separates what is on either side
    else pieces.push({ string: m[0] });
    at = m.index + m[0].length;
  }
  code(text.slice(at));
  let out = '';
  for (const [i, piece] of pieces.entries()) {
    if (piece.code !== undefined) {
      out += minifyCssCode(piece.code);
      continue;
    }
    const inner = piece.string.slice(1, -1);
    const unquote = /\[[\w-]+=$/.test(out) && /^\]/.test(pieces[i + 1]?.code ?? '') && /^-?[A-Za-z_][\w-]*$/.test(inner);
    out += unquote ? inner : piece.string;
  }
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/** CSS between comments and strings */
function minifyCssCode(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>/]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/ !important/g, '!important')
    // `*` between numbers in calc(); elsewhere (`.a * .b`) it is a selector and keeps its spaces
    .replace(/(\d[a-z%]*|\)) \* (?=\.?\d|\(|var\()/gi, '$1*')
    .replace(/;}/g, '}')
    .replace(/(^|[^\w.#-])(-?)0\.(\d)/g, '$1$2.$3');
}

/**
 * @param {string} text one quasi of an html/svg template
 * @param {boolean} [inTag] the quasi starts inside a tag (after an attribute's value)
 */
export function minifyMarkup(text, first, last, inTag = false) {
  let out = text
    .replace(/(<\/[\w-]+)[ \t]*\n\s*>/g, '$1>')
    .replace(inTag ? /^[ \t]*\n\s*>/ : /(?!)/, '>')
    .replace(/[ \t]*\n\s*/g, ' ');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

const TAGS = { css: minifyCss, html: minifyMarkup, svg: minifyMarkup };

/**
 * @param {{ include?: RegExp }} [options] modules to touch (default: our packages' sources)
 * @returns {import('vite').Plugin}
 */
export function minifyTemplates({ include = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'scn-minify-templates',
    enforce: 'post', // after TypeScript is stripped: the parser sees JavaScript
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = [];
      for (const node of walk(this.parse(code))) {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') continue;
        const minify = TAGS[node.tag.name];
        if (!minify) continue;
        const quasis = node.quasi.quasis;
        let before = '';
        quasis.forEach((q, i) => {
          const raw = code.slice(q.start, q.end);
          // an expression that the text before it leaves inside a tag is an attribute's value
          const inTag = before.lastIndexOf('<') > before.lastIndexOf('>');
          before += raw;
          const next = minify(raw, i === 0, i === quasis.length - 1, inTag);
          if (next !== raw) edits.push([q.start, q.end, next]);
        });
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
