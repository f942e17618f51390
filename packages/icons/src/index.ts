export { renderIcon, iconStyles, type Icon } from './icon.js';
export * from './generated/icons.js';
