// Design tokens are written as objects (packages/tokens/src/tokens.ts) and turned into CSS by
// code. A page needs only the CSS: this plugin evaluates the tokens' host-css module at build time
// and ships the string it exports instead, so neither the token objects nor the code that writes
// CSS from them reach a partner page. Storybook and tests run the module itself: same text.
import { dirname, join } from 'node:path';
import { runnerImport } from 'vite';

/** packages/tokens/src/host-css.ts, whatever the separator */
export const HOST_CSS = /[\\/]packages[\\/]tokens[\\/]src[\\/]host-css\.ts$/;

/**
 * The module's text with its export evaluated: `export const hostCss = ":host{…}";`
 * @param {string} id the host-css.ts path
 */
export async function evaluateHostCss(id) {
  const { module, dependencies } = await runnerImport(join(dirname(id), 'css-text.ts'), {
    configFile: false,
    logLevel: 'silent',
  });
  const text = module.hostCssText();
  if (typeof text !== 'string' || !text.includes(':host{')) throw new Error(`tokens: hostCssText() gave no :host rule`);
  return { code: `export const hostCss = ${JSON.stringify(text)};\n`, dependencies };
}

/** @returns {import('vite').Plugin} */
export function tokensAtBuild() {
  return {
    name: 'scn-tokens-at-build',
    async load(id) {
      if (!HOST_CSS.test(id)) return null;
      const { code, dependencies } = await evaluateHostCss(id);
      for (const file of dependencies) this.addWatchFile(file);
      return code;
    },
  };
}
