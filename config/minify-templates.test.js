// The template minifier may only drop what renders the same; these are the cases where a careless
// minifier changes meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { minifyCss, minifyMarkup, minifyTemplates } from './minify-templates.js';

test('css: comments and spacing go; meaning stays', () => {
  const css = `
    /* why: a comment */
    :host([size='s']) .a :hover,
    .b > .c {
      margin: calc(1px + 2px) 0;
      font-family: system-ui, sans-serif;
    }
  `;
  assert.equal(minifyCss(css, true, true), ':host([size=s]) .a :hover,.b>.c{margin:calc(1px + 2px) 0;font-family:system-ui,sans-serif}');
});

test('css: quotes go only around identifiers, leading zeros only before a decimal point', () => {
  assert.equal(
    minifyCss("[a='x-y'],[b=\"1x\"],[c='--v'],[d='a b'],[e='f' i]{margin:0.5rem -0.25em 10.5px 0;transform:scale(0.9);color:#0a0.5;--u:--w-0.5}", true, true),
    // after a name's hyphen it stays: it could end the name (`--w-0.5` is not CSS, but not ours to judge)
    "[a=x-y],[b=\"1x\"],[c='--v'],[d='a b'],[e='f' i]{margin:.5rem -.25em 10.5px 0;transform:scale(.9);color:#0a0.5;--u:--w-0.5}",
  );
});

test('css: strings keep every character; a comment with a quote in it is still a comment', () => {
  // the escape's terminating space, then the real space the summary shows after its triangle
  const css = String.raw`/* the host's marker */ summary::before { content: '\25BE  ' / ''; }
    q::after { content: "a ;  b" }`;
  assert.equal(minifyCss(css, true, true), String.raw`summary::before{content:'\25BE  '/''}q::after{content:"a ;  b"}`);
});

test('css: spaces go where CSS needs none, and stay where it does', () => {
  assert.equal(
    minifyCss('a > b { display: none !important; inline-size: calc(2.25 * var(--u) - 1px * 2); aspect-ratio: 16 / 9 } .a * .b, :is(.c) * .d { x: 0 }', true, true),
    // `+` and `-` in calc() need their spaces; a universal selector between two others too
    'a>b{display:none!important;inline-size:calc(2.25*var(--u) - 1px*2);aspect-ratio:16/9}.a * .b,:is(.c) * .d{x:0}',
  );
});

test('css: a space next to an expression is kept', () => {
  // css`border: 1px solid ${x} ;` — the quasi before ${x} ends in a space that separates values
  assert.equal(minifyCss('border: 1px solid ', true, false), 'border:1px solid ');
  assert.equal(minifyCss(' 2px;\n}', false, true), ' 2px}');
});

test('markup: indentation goes, inline spaces stay', () => {
  const markup = `
      <p>
        <a href="#">one</a> <a href="#">two</a>
      </p>
    `;
  assert.equal(minifyMarkup(markup, true, true), '<p> <a href="#">one</a> <a href="#">two</a> </p>');
  // between two expressions the line break still separates them
  assert.equal(minifyMarkup('\n  ', false, false), ' ');
});

test('markup: no whitespace before the `>` that closes a tag, and only there', () => {
  // an end tag broken before its `>` (prettier's way of not adding text between two elements)
  assert.equal(minifyMarkup('</span\n        > <b>', false, false), '</span> <b>');
  // after an attribute's value (the quasi starts inside the tag)
  assert.equal(minifyMarkup('\n          >text', false, false, true), '>text');
  // the same text outside a tag is text: a `>` at the start of a line stays a separate word
  assert.equal(minifyMarkup('\n          >text', false, false, false), ' >text');
});

test('the plugin rewrites css, html and svg templates in built code, and nothing else', async () => {
  const source = [
    "import { css, html } from 'lit';",
    'export const styles = css`\n  .a {\n    color: red;\n  }\n`;',
    'export const view = (x) => html`\n  <p>\n    ${x}\n  </p>\n`;',
    'export const attr = (x) => html`<p hidden=${x}\n  >${x}</p\n>`;',
    'export const text = `keep  \n  this`;',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'scn-minify-'));
  const entry = join(dir, 'packages/x/src/entry.ts');
  mkdirSync(join(dir, 'packages/x/src'), { recursive: true });
  writeFileSync(entry, source);
  const result = await build({
    logLevel: 'silent',
    configFile: false,
    root: dir,
    plugins: [minifyTemplates()],
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'out' }, rolldownOptions: { external: ['lit'] } },
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
  const code = (Array.isArray(result) ? result[0] : result).output[0].code;
  assert.match(code, /css`\.a\{color:red\}`/);
  assert.match(code, /html`<p> \$\{x\} <\/p>`/);
  assert.match(code, /html`<p hidden=\$\{x\}>\$\{x\}<\/p>`/);
  assert.match(code, /`keep {2}\n {2}this`/);
});
