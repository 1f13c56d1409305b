export { analyse, type AnalyseLimits } from './analyse.js';
export { BOUNDARY_RULES, type BoundaryRule } from './boundary-rules.js';
