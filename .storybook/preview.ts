import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { pageCssText } from '@strong-cities/tokens';
import { localeDir, setLocale, toLocale } from '@strong-cities/core';
import { hostPages, type HostPage } from './host-pages.js';
import { controlsForInputsOnly, customElementsManifest } from './custom-elements.js';

// Controls and autodocs tables come from each package's custom-elements.json (JSDoc), found by a story's `component` tag.
setCustomElementsManifest(customElementsManifest);

// The page around the story gets the same tokens as a host page using tokens.css.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`${pageCssText()}
body{margin:0;background:var(--scn-color-surface);color:var(--scn-color-text);font-family:var(--scn-font-family)}
.scn-story{padding:1rem}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/** Applies the toolbar's theme to every widget the story did not give a theme itself. */
function applyTheme(root: ParentNode, theme: string) {
  for (const el of root.querySelectorAll('*')) {
    if (!el.localName.startsWith('scn-')) continue;
    if (el.hasAttribute('theme') && !el.hasAttribute('data-theme-from-toolbar')) continue;
    el.setAttribute('theme', theme);
    el.setAttribute('data-theme-from-toolbar', '');
  }
}

/** The toolbar's theme now; widgets added later (a story rendering late, a docs page) get it too. */
let toolbarTheme = 'light';
new MutationObserver(() => applyTheme(document, toolbarTheme)).observe(document.documentElement, { childList: true, subtree: true });

const withLocaleThemeAndHost: Decorator = (story, context) => {
  const locale = toLocale(context.globals.locale) ?? 'en';
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const host = (context.globals.host as HostPage | undefined) ?? 'plain';
  void setLocale(locale);
  toolbarTheme = theme;
  document.documentElement.setAttribute('data-scn-theme', theme);
  document.documentElement.lang = locale;
  requestAnimationFrame(() => applyTheme(document, theme));
  setTimeout(() => applyTheme(document, theme), 50);
  return hostPages[host](html`<div class="scn-story" dir=${localeDir(locale)} lang=${locale}>${story()}</div>`);
};

const preview: Preview = {
  decorators: [withLocaleThemeAndHost],
  argTypesEnhancers: [controlsForInputsOnly],
  globalTypes: {
    locale: {
      description: 'Locale of every widget (direction follows)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    host: {
      description: 'The page the widget lives in',
      toolbar: {
        title: 'Host page',
        icon: 'browser',
        items: [
          { value: 'plain', title: 'Plain page' },
          { value: 'cms', title: 'CMS column + CSS framework' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', host: 'plain' },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
