/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/language-toggle/src/define.js';
import '../packages/membership-cta/src/define.js';
import '../packages/declaration-counter/src/define.js';
import '../packages/event-map/src/define.js';
import '../packages/share-bar/src/define.js';
import { widgetName } from './blocks/widget-names.js';

// each widget's heading is its title as its descriptor (packages/<widget>/widget.json) gives it
const descriptors = import.meta.glob<{ tag: string; title: string }>('../packages/*/widget.json', { eager: true, import: 'default' });
const titles = new Map(Object.values(descriptors).map((d) => [d.tag, d.title]));
const title = (tag: string): string => titles.get(tag) ?? tag;

// A partner page's layout around the widgets, as an adopted sheet (no `style` attributes: the same
// rules as a strict-CSP host page), scoped to .scn-gallery.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
.scn-gallery{color:var(--scn-color-text);font-family:var(--scn-font-family)}
.scn-gallery header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--scn-space-4);
  padding-block-end:var(--scn-space-4);border-block-end:1px solid var(--scn-color-border-subtle)}
.scn-gallery h2{margin:0;font-size:var(--scn-font-size-xl)}
.scn-gallery h3{margin:0 0 var(--scn-space-2);font-size:var(--scn-font-size-s);color:var(--scn-color-text-muted);font-weight:400}
.scn-gallery .grid{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:var(--scn-space-6);padding-block:var(--scn-space-5)}
.scn-gallery section + section{margin-block-start:var(--scn-space-6)}
@media (max-width:48rem){.scn-gallery .grid{grid-template-columns:minmax(0,1fr)}}
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const meta: Meta = {
  title: 'Gallery',
  parameters: {
    docs: {
      description: {
        component:
          'Every widget together, as bare tags on one page, in the locale and theme chosen in the toolbar: a quick visual review before looking at each widget’s states.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** All five widgets, bare tags (the content a partner gets without any configuration). */
export const AllWidgets: Story = {
  name: 'All widgets',
  render: (_args, { globals }) => {
    const t = (name: string) => widgetName(name, String(globals.locale ?? 'en'));
    return html`<div class="scn-gallery">
    <header>
      <h2>${t('Strong Cities widgets')}</h2>
      <scn-language-toggle variant="list"></scn-language-toggle>
    </header>
    <div class="grid">
      <div>
        <section><h3>${t(title('scn-event-map'))}</h3><scn-event-map></scn-event-map></section>
        <section>
          <h3>${t(title('scn-share-bar'))}</h3>
          <scn-share-bar url="https://city.example/news/strong-cities" text="Our city joined the Strong Cities Network"></scn-share-bar>
        </section>
      </div>
      <div>
        <section><h3>${t(title('scn-declaration-counter'))}</h3><scn-declaration-counter></scn-declaration-counter></section>
        <section><h3>${t(title('scn-membership-cta'))}</h3><scn-membership-cta variant="card"></scn-membership-cta></section>
      </div>
    </div>
  </div>`;
  },
};
