import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../docs/**/*.mdx', '../docs/**/*.stories.ts', '../packages/*/stories/**/*.mdx', '../packages/*/stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Workspace packages resolve to their TypeScript sources: no build step between an edit and the canvas.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['source', 'browser', 'module', 'development|production'] };
    return viteConfig;
  },
};
export default config;
