import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ScnLocaleChangeEvent } from '@strong-cities/core';
import '../src/define.js';

interface Args {
  variant: 'list' | 'dropdown' | 'compact';
  languages: string;
  remember: boolean;
  syncDocument: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Language toggle',
  component: 'scn-language-toggle',
  args: { variant: 'list', languages: '', remember: false, syncDocument: false },
  argTypes: { variant: { control: 'inline-radio', options: ['list', 'dropdown', 'compact'] } },
  render: ({ variant, languages, remember, syncDocument }) =>
    html`<scn-language-toggle
      variant=${variant}
      languages=${languages || nothing}
      ?remember=${remember}
      ?sync-document=${syncDocument}
    ></scn-language-toggle>`,
  parameters: {
    docs: {
      description: {
        component: `Lets a visitor switch language. It offers the page's translations (its
\`<link rel="alternate" hreflang href>\` tags; \`x-default\` is understood and left out) as real links, or the
languages named in \`languages="en fr es ar"\`, each in its own language with the current one marked
(\`aria-current\`). A language without a translated page switches every Strong Cities widget on the page
(right to left for Arabic) after a cancelable \`scn-locale-change\`, so a single-page app can route instead.
Variants: \`list\`, \`dropdown\` (a menu button with arrows, Home/End, Escape and type-ahead; a disclosure of links
when every choice is a translation) and \`compact\` (codes, named in full for screen readers).`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

// --- every variant (the toolbar's locale is the current language; locale and theme come from the toolbar) ---

export const List: Story = {};

export const Dropdown: Story = { args: { variant: 'dropdown' } };

/** Opens the menu on render, focus on the first item: try the arrows, Home/End, letters and Escape. */
const openMenu = async ({ canvasElement }: StoryContext<Args>) => {
  const toggle = canvasElement.querySelector('scn-language-toggle');
  await toggle?.updateComplete;
  toggle?.shadowRoot?.querySelector<HTMLButtonElement>('[part=button]')?.click();
  await toggle?.updateComplete;
};
export const DropdownOpen: Story = { name: 'Dropdown, open', args: { variant: 'dropdown' }, play: openMenu };

export const Compact: Story = { args: { variant: 'compact' } };

// --- a page with translations: <link rel="alternate" hreflang> added for the story, removed after ---

const TRANSLATIONS: Record<string, string> = {
  en: 'https://city.example/en/news/safe-streets',
  fr: 'https://city.example/fr/actualites/rues-sures',
  es: 'https://city.example/es/noticias/calles-seguras',
  ar: 'https://city.example/ar/news/safe-streets',
  'x-default': 'https://city.example/news/safe-streets',
};

/**
 * Adds the page's alternate links; the story locale's own link is this page, as on a real site.
 * Clicks on translations are shown below instead of leaving Storybook.
 */
const withTranslations =
  (links: Record<string, string>) =>
  ({ globals }: StoryContext<Args>) => {
    const here = location.href.split('#')[0];
    const added = Object.entries(links).map(([hreflang, href]) => {
      const link = document.createElement('link');
      link.rel = 'alternate';
      link.hreflang = hreflang;
      link.href = hreflang === (globals.locale ?? 'en') ? here : href;
      document.head.append(link);
      return link;
    });
    return () => added.forEach((link) => link.remove());
  };

const showNavigation = (story: () => unknown) => {
  const onClick = (e: Event) => {
    const a = e.composedPath().find((t): t is HTMLAnchorElement => t instanceof HTMLAnchorElement);
    if (!a) return;
    e.preventDefault();
    const out = document.querySelector('#went-to');
    if (out) out.textContent = `→ ${a.href}`;
  };
  return html`<div @click=${onClick}>${story()}<p><output id="went-to"></output></p></div>`;
};

const page = (args: Partial<Args>, links = TRANSLATIONS): Story => ({
  args,
  beforeEach: withTranslations(links),
  decorators: [showNavigation],
});

export const Translations: Story = { name: 'Page with translations', ...page({}) };
export const TranslationsDropdown: Story = {
  name: 'Page with translations, dropdown (disclosure of links), open',
  ...page({ variant: 'dropdown' }),
  play: openMenu,
};
export const TranslationsCompact: Story = { name: 'Page with translations, compact', ...page({ variant: 'compact' }) };

/** Only French has a translated page: it is a link; the other languages switch the widgets. */
export const SomeTranslations: Story = {
  name: 'Some translations: links and locale switches',
  ...page({ variant: 'dropdown', languages: 'en fr es ar' }, { fr: TRANSLATIONS.fr }),
  play: openMenu,
};

/** Twelve translations in a narrow column: names wrap onto more lines. */
export const ManyTranslations: Story = {
  name: 'Many translations, narrow column',
  ...page({}, {
    en: 'https://city.example/en/', fr: 'https://city.example/fr/', 'fr-CA': 'https://city.example/fr-ca/',
    es: 'https://city.example/es/', 'es-419': 'https://city.example/es-419/', ar: 'https://city.example/ar/',
    'pt-BR': 'https://city.example/pt-br/', de: 'https://city.example/de/', tr: 'https://city.example/tr/',
    ur: 'https://city.example/ur/', 'zh-Hans': 'https://city.example/zh/', sw: 'https://city.example/sw/',
  }),
  render: (args) => html`<div class="narrow">${meta.render?.(args, {} as never)}</div>
    <style>.narrow { max-inline-size: 14rem; }</style>`,
};

// --- for pages that route or translate themselves ---

/** A single-page app cancels `scn-locale-change` and routes itself; here it only shows what it would do. */
export const SinglePageApp: Story = {
  name: 'Single-page app routes instead (cancelled event)',
  render: () => {
    const route = (e: ScnLocaleChangeEvent) => {
      e.preventDefault();
      const out = document.querySelector('#routed');
      if (out) out.textContent = `router.push('/${e.locale}/')`;
    };
    return html`<scn-language-toggle @scn-locale-change=${route}></scn-language-toggle>
      <p><output id="routed"></output></p>`;
  },
};

/** Also sets `<html lang>` and `dir`, and keeps the choice for the next visit. */
export const SyncDocumentAndRemember: Story = {
  name: 'Sets <html lang> and remembers',
  args: { variant: 'dropdown', syncDocument: true, remember: true },
};

// --- bad input: each skipped or replaced, with one console warning ---

export const UnknownCodes: Story = {
  name: 'Unknown codes are skipped',
  args: { languages: 'en klingon fr de not_a_tag! ar' },
};
export const NoKnownCode: Story = { name: 'No usable code: every locale', args: { languages: 'xx zz' } };
export const UnknownVariant: Story = { name: 'Unknown variant: a list', args: { variant: 'carousel' as 'list' } };
export const HostileTranslation: Story = {
  name: 'A javascript: translation is not linked',
  ...page({}, { fr: 'javascript:alert(1)', es: 'https://city.example/es/' }),
};
