export { analyse } from './analyse.js';
