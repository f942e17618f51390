export { default } from '../../config/wtr.config.js';
