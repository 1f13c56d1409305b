export { analyse, type AnalyseLimits } from './analyse.js';
