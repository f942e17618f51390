// Every state of <scn-declaration-counter>. Locale (en, fr, es, ar; direction follows) and theme come
// from the toolbar; the story checks and visual regression run each state in every locale and theme.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define.js';
import feedUrl from './hague.feed.json?url&no-inline';

interface Args {
  src?: string;
  value?: string;
  label?: string;
  href?: string;
  goal?: number;
  updated?: string;
  notation?: string;
  refresh?: number;
  inline?: string;
  text?: string;
  width?: string;
}

/** Never answers: the counter stays in its loading state (the story patches fetch for this address). */
const PENDING = '/__storybook/declaration-counter/pending.json';

/** A child <script type="application/json"> (Lit does not bind inside <script>, so it is built here). */
const inlineJson = (json: string) => Object.assign(document.createElement('script'), { type: 'application/json', textContent: json });

const meta: Meta<Args> = {
  title: 'Widgets/Declaration counter',
  component: 'scn-declaration-counter',
  render: (a) => html`<div style=${styleMap({ maxInlineSize: a.width ?? 'none' })}>
    <scn-declaration-counter
      src=${ifDefined(a.src)}
      value=${ifDefined(a.value)}
      label=${ifDefined(a.label)}
      href=${ifDefined(a.href)}
      goal=${ifDefined(a.goal)}
      updated=${ifDefined(a.updated)}
      notation=${ifDefined(a.notation)}
      >${a.text ?? ''}${a.inline ? inlineJson(a.inline) : ''}</scn-declaration-counter
    >
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const signatories = JSON.stringify({
  count: 3,
  signatories: [
    { name: 'The Hague', country: 'Netherlands' },
    { name: 'Denver', country: 'United States' },
    { name: 'Oslo', country: 'Norway' },
  ],
});

export const Default: Story = { name: 'Default: a bare tag (the Hague seed)' };
// the cities the declaration's endorsement page lists (41; the page itself states no total and no date)
export const Feed: Story = { name: 'Feed: src JSON', args: { src: feedUrl } };
export const Inline: Story = { name: 'Inline JSON', args: { inline: JSON.stringify({ count: 12, title: { en: 'the Nordic Safe Cities Pledge', fr: 'l’engagement des villes nordiques sûres' }, updated: '2025-06' }) } };
export const Attributes: Story = { name: 'Attributes', args: { value: '57', label: 'the Charter of Local Democracy', href: 'https://city.example/charter', updated: '2024-09-30' } };
export const Goal: Story = { name: 'Goal: progress bar', args: { value: '40+', goal: 100 } };
export const Signatories: Story = { name: 'Signatories: disclosure', args: { inline: signatories } };
export const Compact: Story = { name: 'Compact notation', args: { value: '12500', notation: 'compact', label: 'the Strong Cities pledge' } };
export const Loading: Story = {
  name: 'Loading',
  args: { src: PENDING },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) => (String(input).includes(PENDING) ? new Promise<Response>(() => undefined) : original(input, init));
    return () => {
      window.fetch = original;
    };
  },
};
export const FeedError: Story = { name: 'Feed error: keeps the fallback', args: { src: '/__storybook/declaration-counter/missing.json', value: '57', text: '57 cities' } };
export const BadInput: Story = { name: 'Bad input: hostile href, negative value', args: { href: 'javascript:alert(1)', value: '-12', goal: -3 } };
export const LongText: Story = {
  name: 'Long text',
  args: {
    value: '1234567',
    label:
      'the Declaration of the Transatlantic Mayors’ Dialogue on Preventing Hate, Extremism and Polarisation and Safeguarding Local Democracy, with its Implementation Roadmap and Monitoring Framework (Donaudampfschifffahrtsgesellschaftskapitänspatent)',
    goal: 2000000,
    inline: signatories,
  },
};
export const Narrow: Story = { name: 'Narrow column', args: { width: '16rem', goal: 100, inline: signatories } };
