// Writes dist/tokens.css for host pages, from the same source the widgets use.
import { writeFileSync } from 'node:fs';
import { pageCssText } from '../dist/css-text.js';

const banner = '/* Strong Cities design tokens. Generated from packages/tokens/src/tokens.ts. */\n';
writeFileSync(new URL('../dist/tokens.css', import.meta.url), banner + pageCssText() + '\n');
