import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement } from 'lit';
import { contrastPairs, contrastRatio, neutral, scale, schemes, tokens, type SchemeName } from '../src/index.js';

/** Shows every token of one scheme: colour swatches with their contrast pairs, then the scales. */
class TokenSheet extends LitElement {
  static override properties = { scheme: { reflect: true, attribute: 'theme' } };
  scheme: SchemeName = 'light';
  static override styles = [
    tokens,
    css`
      :host { display: block; padding: var(--scn-space-4); background: var(--scn-color-surface); color: var(--scn-color-text); font-family: var(--scn-font-family); }
      h2 { font-size: var(--scn-font-size-l); margin: var(--scn-space-5) 0 var(--scn-space-3); }
      ul { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--scn-space-2); grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); }
      li { border: 1px solid var(--scn-color-border-subtle); border-radius: var(--scn-radius-m); padding: var(--scn-space-2); }
      .swatch { block-size: 2.5rem; border-radius: var(--scn-radius-s); border: 1px solid var(--scn-color-border-subtle); margin-block-end: var(--scn-space-2); }
      code { font-size: var(--scn-font-size-s); }
      table { border-collapse: collapse; }
      td, th { text-align: start; padding: var(--scn-space-1) var(--scn-space-3); border-block-end: 1px solid var(--scn-color-border-subtle); }
      .sample { padding: var(--scn-space-1) var(--scn-space-2); border-radius: var(--scn-radius-s); }
    `,
  ];

  override render() {
    const colors = schemes[this.scheme];
    return html`
      <h2>Colours (${this.scheme})</h2>
      <ul>
        ${Object.entries(colors).map(
          ([name, value]) => html`<li>
            <div class="swatch ${`sw-${name}`}" role="img" aria-label=${`${name} ${value}`}></div>
            <code>--scn-color-${name}</code><br /><code>${value}</code>
          </li>`,
        )}
      </ul>
      <h2>Pairs meant to be used together (WCAG AA)</h2>
      <table>
        <thead><tr><th>Text / UI</th><th>Background</th><th>Ratio</th><th>Minimum</th></tr></thead>
        <tbody>
          ${contrastPairs.map(({ fg, bg, min }) => {
            const ratio = contrastRatio(colors[fg], colors[bg]);
            return html`<tr><td>${fg}</td><td>${bg}</td><td>${ratio.toFixed(2)}:1</td><td>${min}:1</td></tr>`;
          })}
        </tbody>
      </table>
      <h2>Neutral scale</h2>
      <p>For host pages (<code>tokens.css</code>): widgets use the semantic colours above, which take their values from it.</p>
      <ul>${Object.entries(neutral).map(([k, v]) => html`<li><code>--scn-neutral-${k}</code> <code>${v}</code></li>`)}</ul>
      ${Object.entries(scale).map(
        ([group, values]) => html`<h2>${group}</h2>
          <table><tbody>${Object.entries(values).map(([k, v]) => html`<tr><td><code>--scn-${group}-${k}</code></td><td><code>${v}</code></td></tr>`)}</tbody></table>`,
      )}
    `;
  }

  /** swatch colours come from the tokens themselves, through a constructed sheet (no inline styles) */
  #swatches = new CSSStyleSheet();

  override firstUpdated() {
    // added after the static styles (tokens and the layout above), which it must not replace
    if (this.shadowRoot) this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, this.#swatches];
  }

  override updated() {
    this.#swatches.replaceSync(Object.keys(schemes[this.scheme]).map((n) => `.sw-${n}{background:var(--scn-color-${n})}`).join(''));
  }
}
if (!customElements.get('sb-token-sheet')) customElements.define('sb-token-sheet', TokenSheet);

const meta: Meta = {
  title: 'Design system/Tokens',
  parameters: { docs: { description: { component: 'Every `--scn-*` design token, generated from packages/tokens/src/tokens.ts.' } } },
};
export default meta;

export const Light: StoryObj = { render: () => html`<sb-token-sheet theme="light"></sb-token-sheet>` };
export const Dark: StoryObj = { render: () => html`<sb-token-sheet theme="dark"></sb-token-sheet>` };
export const Brand: StoryObj = { render: () => html`<sb-token-sheet theme="brand"></sb-token-sheet>` };
