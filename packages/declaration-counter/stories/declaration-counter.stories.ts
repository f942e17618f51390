// Every variant and state of <scn-declaration-counter>, in each locale (en, fr, es, ar) and theme (light, dark).
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

/** A variant in one locale and theme (the preview toolbar's globals). */
const at = (base: Story, name: string, locale: string, theme: string): Story => ({
  ...base,
  name: `${name} · ${locale} · ${theme}`,
  globals: { locale, theme },
});

const signatories = JSON.stringify({
  count: 3,
  signatories: [
    { name: 'The Hague', country: 'Netherlands' },
    { name: 'Denver', country: 'United States' },
    { name: 'Oslo', country: 'Norway' },
  ],
});

const variants = {
  Default: {},
  // the cities the declaration's endorsement page lists (41; the page itself states no total and no date)
  Feed: { args: { src: feedUrl } },
  Inline: { args: { inline: JSON.stringify({ count: 12, title: { en: 'the Nordic Safe Cities Pledge', fr: 'l’engagement des villes nordiques sûres' }, updated: '2025-06' }) } },
  Attributes: { args: { value: '57', label: 'the Charter of Local Democracy', href: 'https://city.example/charter', updated: '2024-09-30' } },
  Goal: { args: { value: '40+', goal: 100 } },
  Signatories: { args: { inline: signatories } },
  Compact: { args: { value: '12500', notation: 'compact', label: 'the Strong Cities pledge' } },
  Loading: {
    args: { src: PENDING },
    beforeEach: () => {
      const original = window.fetch;
      window.fetch = (input, init) => (String(input).includes(PENDING) ? new Promise<Response>(() => undefined) : original(input, init));
      return () => {
        window.fetch = original;
      };
    },
  },
  FeedError: { args: { src: '/__storybook/declaration-counter/missing.json', value: '57', text: '57 cities' } },
  BadInput: { args: { href: 'javascript:alert(1)', value: '-12', goal: -3 } },
  LongText: {
    args: {
      value: '1234567',
      label:
        'the Declaration of the Transatlantic Mayors’ Dialogue on Preventing Hate, Extremism and Polarisation and Safeguarding Local Democracy, with its Implementation Roadmap and Monitoring Framework (Donaudampfschifffahrtsgesellschaftskapitänspatent)',
      goal: 2000000,
      inline: signatories,
    },
  },
  Narrow: { args: { width: '16rem', goal: 100, inline: signatories } },
} satisfies Record<string, Story>;

export const DefaultEnLight = at(variants.Default, 'Default: a bare tag (the Hague seed)', 'en', 'light');
export const DefaultEnDark = at(variants.Default, 'Default: a bare tag (the Hague seed)', 'en', 'dark');
export const DefaultFrLight = at(variants.Default, 'Default: a bare tag (the Hague seed)', 'fr', 'light');
export const DefaultFrDark = at(variants.Default, 'Default: a bare tag (the Hague seed)', 'fr', 'dark');
export const DefaultEsLight = at(variants.Default, 'Default: a bare tag (the Hague seed)', 'es', 'light');
export const DefaultEsDark = at(variants.Default, 'Default: a bare tag (the Hague seed)', 'es', 'dark');
export const DefaultArLight = at(variants.Default, 'Default: a bare tag (the Hague seed)', 'ar', 'light');
export const DefaultArDark = at(variants.Default, 'Default: a bare tag (the Hague seed)', 'ar', 'dark');
export const FeedEnLight = at(variants.Feed, 'Feed: src JSON', 'en', 'light');
export const FeedEnDark = at(variants.Feed, 'Feed: src JSON', 'en', 'dark');
export const FeedFrLight = at(variants.Feed, 'Feed: src JSON', 'fr', 'light');
export const FeedFrDark = at(variants.Feed, 'Feed: src JSON', 'fr', 'dark');
export const FeedEsLight = at(variants.Feed, 'Feed: src JSON', 'es', 'light');
export const FeedEsDark = at(variants.Feed, 'Feed: src JSON', 'es', 'dark');
export const FeedArLight = at(variants.Feed, 'Feed: src JSON', 'ar', 'light');
export const FeedArDark = at(variants.Feed, 'Feed: src JSON', 'ar', 'dark');
export const InlineEnLight = at(variants.Inline, 'Inline JSON', 'en', 'light');
export const InlineEnDark = at(variants.Inline, 'Inline JSON', 'en', 'dark');
export const InlineFrLight = at(variants.Inline, 'Inline JSON', 'fr', 'light');
export const InlineFrDark = at(variants.Inline, 'Inline JSON', 'fr', 'dark');
export const InlineEsLight = at(variants.Inline, 'Inline JSON', 'es', 'light');
export const InlineEsDark = at(variants.Inline, 'Inline JSON', 'es', 'dark');
export const InlineArLight = at(variants.Inline, 'Inline JSON', 'ar', 'light');
export const InlineArDark = at(variants.Inline, 'Inline JSON', 'ar', 'dark');
export const AttributesEnLight = at(variants.Attributes, 'Attributes', 'en', 'light');
export const AttributesEnDark = at(variants.Attributes, 'Attributes', 'en', 'dark');
export const AttributesFrLight = at(variants.Attributes, 'Attributes', 'fr', 'light');
export const AttributesFrDark = at(variants.Attributes, 'Attributes', 'fr', 'dark');
export const AttributesEsLight = at(variants.Attributes, 'Attributes', 'es', 'light');
export const AttributesEsDark = at(variants.Attributes, 'Attributes', 'es', 'dark');
export const AttributesArLight = at(variants.Attributes, 'Attributes', 'ar', 'light');
export const AttributesArDark = at(variants.Attributes, 'Attributes', 'ar', 'dark');
export const GoalEnLight = at(variants.Goal, 'Goal: progress bar', 'en', 'light');
export const GoalEnDark = at(variants.Goal, 'Goal: progress bar', 'en', 'dark');
export const GoalFrLight = at(variants.Goal, 'Goal: progress bar', 'fr', 'light');
export const GoalFrDark = at(variants.Goal, 'Goal: progress bar', 'fr', 'dark');
export const GoalEsLight = at(variants.Goal, 'Goal: progress bar', 'es', 'light');
export const GoalEsDark = at(variants.Goal, 'Goal: progress bar', 'es', 'dark');
export const GoalArLight = at(variants.Goal, 'Goal: progress bar', 'ar', 'light');
export const GoalArDark = at(variants.Goal, 'Goal: progress bar', 'ar', 'dark');
export const SignatoriesEnLight = at(variants.Signatories, 'Signatories: disclosure', 'en', 'light');
export const SignatoriesEnDark = at(variants.Signatories, 'Signatories: disclosure', 'en', 'dark');
export const SignatoriesFrLight = at(variants.Signatories, 'Signatories: disclosure', 'fr', 'light');
export const SignatoriesFrDark = at(variants.Signatories, 'Signatories: disclosure', 'fr', 'dark');
export const SignatoriesEsLight = at(variants.Signatories, 'Signatories: disclosure', 'es', 'light');
export const SignatoriesEsDark = at(variants.Signatories, 'Signatories: disclosure', 'es', 'dark');
export const SignatoriesArLight = at(variants.Signatories, 'Signatories: disclosure', 'ar', 'light');
export const SignatoriesArDark = at(variants.Signatories, 'Signatories: disclosure', 'ar', 'dark');
export const CompactEnLight = at(variants.Compact, 'Compact notation', 'en', 'light');
export const CompactEnDark = at(variants.Compact, 'Compact notation', 'en', 'dark');
export const CompactFrLight = at(variants.Compact, 'Compact notation', 'fr', 'light');
export const CompactFrDark = at(variants.Compact, 'Compact notation', 'fr', 'dark');
export const CompactEsLight = at(variants.Compact, 'Compact notation', 'es', 'light');
export const CompactEsDark = at(variants.Compact, 'Compact notation', 'es', 'dark');
export const CompactArLight = at(variants.Compact, 'Compact notation', 'ar', 'light');
export const CompactArDark = at(variants.Compact, 'Compact notation', 'ar', 'dark');
export const LoadingEnLight = at(variants.Loading, 'Loading', 'en', 'light');
export const LoadingEnDark = at(variants.Loading, 'Loading', 'en', 'dark');
export const LoadingFrLight = at(variants.Loading, 'Loading', 'fr', 'light');
export const LoadingFrDark = at(variants.Loading, 'Loading', 'fr', 'dark');
export const LoadingEsLight = at(variants.Loading, 'Loading', 'es', 'light');
export const LoadingEsDark = at(variants.Loading, 'Loading', 'es', 'dark');
export const LoadingArLight = at(variants.Loading, 'Loading', 'ar', 'light');
export const LoadingArDark = at(variants.Loading, 'Loading', 'ar', 'dark');
export const FeedErrorEnLight = at(variants.FeedError, 'Feed error: keeps the fallback', 'en', 'light');
export const FeedErrorEnDark = at(variants.FeedError, 'Feed error: keeps the fallback', 'en', 'dark');
export const FeedErrorFrLight = at(variants.FeedError, 'Feed error: keeps the fallback', 'fr', 'light');
export const FeedErrorFrDark = at(variants.FeedError, 'Feed error: keeps the fallback', 'fr', 'dark');
export const FeedErrorEsLight = at(variants.FeedError, 'Feed error: keeps the fallback', 'es', 'light');
export const FeedErrorEsDark = at(variants.FeedError, 'Feed error: keeps the fallback', 'es', 'dark');
export const FeedErrorArLight = at(variants.FeedError, 'Feed error: keeps the fallback', 'ar', 'light');
export const FeedErrorArDark = at(variants.FeedError, 'Feed error: keeps the fallback', 'ar', 'dark');
export const BadInputEnLight = at(variants.BadInput, 'Bad input: hostile href, negative value', 'en', 'light');
export const BadInputEnDark = at(variants.BadInput, 'Bad input: hostile href, negative value', 'en', 'dark');
export const BadInputFrLight = at(variants.BadInput, 'Bad input: hostile href, negative value', 'fr', 'light');
export const BadInputFrDark = at(variants.BadInput, 'Bad input: hostile href, negative value', 'fr', 'dark');
export const BadInputEsLight = at(variants.BadInput, 'Bad input: hostile href, negative value', 'es', 'light');
export const BadInputEsDark = at(variants.BadInput, 'Bad input: hostile href, negative value', 'es', 'dark');
export const BadInputArLight = at(variants.BadInput, 'Bad input: hostile href, negative value', 'ar', 'light');
export const BadInputArDark = at(variants.BadInput, 'Bad input: hostile href, negative value', 'ar', 'dark');
export const LongTextEnLight = at(variants.LongText, 'Long text', 'en', 'light');
export const LongTextEnDark = at(variants.LongText, 'Long text', 'en', 'dark');
export const LongTextFrLight = at(variants.LongText, 'Long text', 'fr', 'light');
export const LongTextFrDark = at(variants.LongText, 'Long text', 'fr', 'dark');
export const LongTextEsLight = at(variants.LongText, 'Long text', 'es', 'light');
export const LongTextEsDark = at(variants.LongText, 'Long text', 'es', 'dark');
export const LongTextArLight = at(variants.LongText, 'Long text', 'ar', 'light');
export const LongTextArDark = at(variants.LongText, 'Long text', 'ar', 'dark');
export const NarrowEnLight = at(variants.Narrow, 'Narrow column', 'en', 'light');
export const NarrowEnDark = at(variants.Narrow, 'Narrow column', 'en', 'dark');
export const NarrowFrLight = at(variants.Narrow, 'Narrow column', 'fr', 'light');
export const NarrowFrDark = at(variants.Narrow, 'Narrow column', 'fr', 'dark');
export const NarrowEsLight = at(variants.Narrow, 'Narrow column', 'es', 'light');
export const NarrowEsDark = at(variants.Narrow, 'Narrow column', 'es', 'dark');
export const NarrowArLight = at(variants.Narrow, 'Narrow column', 'ar', 'light');
export const NarrowArDark = at(variants.Narrow, 'Narrow column', 'ar', 'dark');
