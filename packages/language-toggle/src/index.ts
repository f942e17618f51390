export { LanguageToggle, variants, type Variant } from './language-toggle.js';
export { languagesFrom, alternateLinks, type Language } from './languages.js';
export { ScnLocaleChangeEvent } from '@strong-cities/core';
