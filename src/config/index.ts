export * from './app-config.js';
export * from './config-file.js';
export * from './build-options.js';
