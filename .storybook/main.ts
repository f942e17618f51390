import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Lit entry points the stories, the widgets' sources and Storybook's renderer import. Pre-bundled
 * together at start: one found later (`lit/directive-helpers.js`, from the renderer) would be served
 * raw, with its own copy of lit-html ("Multiple versions of Lit loaded").
 */
const litEntries = [
  'lit',
  'lit/directive.js',
  'lit/directive-helpers.js',
  'lit/directives/if-defined.js',
  'lit/directives/keyed.js',
  'lit/directives/repeat.js',
  'lit/directives/style-map.js',
  '@lit/localize',
];

const config: StorybookConfig = {
  // every glob matches files: an empty one makes Storybook warn "No story files found" at start
  stories: ['../docs/**/*.mdx', '../docs/**/*.stories.ts', '../packages/*/stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // the project's Introduction replaces Storybook's own onboarding checklist and news
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(viteConfig, { configType }) {
    // Workspace packages resolve to their TypeScript sources: no build step between an edit and the
    // canvas. The published build takes Lit's production files (no "Lit is in dev mode" warning).
    const mode = configType === 'PRODUCTION' ? 'production' : 'development';
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['source', 'browser', 'module', mode],
      dedupe: [...(viteConfig.resolve?.dedupe ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    };
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), ...litEntries] };
    return viteConfig;
  },
};
export default config;
