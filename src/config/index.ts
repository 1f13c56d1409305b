export * from './app-config.js';
export * from './input-limits.js';
