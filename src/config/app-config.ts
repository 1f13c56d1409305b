import { availableParallelism } from 'node:os';
import { ConfigError, DEFAULT_INPUT_LIMITS, DEFAULT_STAGE_OPTIONS, type InputLimits, type StageOptions } from '../domain/index.js';
import { readConfigFile } from './config-file.js';

export interface Neo4jConfig {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

/** Everything configurable, validated once. Only this folder reads process.env. */
export interface AppConfig {
  /** Set when NEO4J_URI is; the store is then Neo4j. */
  readonly neo4j: Neo4jConfig | null;
  readonly snapshotPath: string;
  readonly host: string;
  readonly port: number;
  /** Allowed CORS origins; empty means same-origin only. */
  readonly corsOrigins: readonly string[];
  readonly logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** Largest accepted request body, bytes. */
  readonly bodyLimitBytes: number;
  /** Extraction threads; 1 extracts in the main thread. Default: the machine's available parallelism. */
  readonly workers: number;
  /** Bounds on one token, sentence and record that keep every stage linear on hostile input. */
  readonly limits: InputLimits;
  /**
   * What the stages are told: the home country and its ministry's names over time, dedupe
   * thresholds, resolution windows. Defaults: Korea's trade ministry and the thresholds chosen on
   * the seeds; a config file (`--config FILE`, TRADEGRAPH_CONFIG) changes them.
   */
  readonly stages: StageOptions;
}

export const DEFAULT_CONFIG: AppConfig = Object.freeze({
  neo4j: null,
  snapshotPath: 'data/graph.json',
  host: '127.0.0.1',
  port: 3000,
  corsOrigins: [],
  logLevel: 'info',
  bodyLimitBytes: 100_000,
  workers: availableParallelism(),
  limits: DEFAULT_INPUT_LIMITS,
  stages: DEFAULT_STAGE_OPTIONS,
});

/** Environment variables, as the process or a test gives them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The process's environment: the one place the code reads process.env (lint enforces it). */
export function processEnvironment(): Environment {
  return process.env;
}

/** `DEBUG=tradegraph` asks for stack traces beside error messages. */
export function wantsStackTraces(env: Environment = processEnvironment()): boolean {
  return (env.DEBUG ?? '').includes('tradegraph');
}

const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;

/** Files the config is read from besides the environment. */
export interface ConfigSources {
  /** A JSON file of stage options and limits (`--config FILE`); wins over TRADEGRAPH_CONFIG. */
  readonly configFile?: string;
}

/**
 * Builds the AppConfig from environment variables (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE, TRADEGRAPH_SNAPSHOT, TRADEGRAPH_WORKERS, TRADEGRAPH_CONFIG, HOST, PORT, CORS_ORIGINS,
 * LOG_LEVEL), a config file (`sources.configFile`, else TRADEGRAPH_CONFIG) for the stages' options
 * and limits, and overrides from CLI flags, which win.
 */
export function loadConfig(
  env: Environment = processEnvironment(),
  overrides: Partial<AppConfig> = {},
  sources: ConfigSources = {},
): AppConfig {
  const configFile = sources.configFile ?? (env.TRADEGRAPH_CONFIG || undefined);
  const fromFile = configFile === undefined ? { stages: DEFAULT_CONFIG.stages, limits: DEFAULT_CONFIG.limits } : readConfigFile(configFile);
  const port = env.PORT === undefined ? DEFAULT_CONFIG.port : parsePort(env.PORT, 'PORT');
  const logLevel = env.LOG_LEVEL ?? (env.VITEST ? 'silent' : DEFAULT_CONFIG.logLevel);
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError('CONFIG_LOG_LEVEL', `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; found "${logLevel}".`);
  }
  const neo4j: Neo4jConfig | null = env.NEO4J_URI
    ? {
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE ?? 'neo4j',
      }
    : null;
  return Object.freeze({
    ...DEFAULT_CONFIG,
    neo4j,
    snapshotPath: env.TRADEGRAPH_SNAPSHOT ?? DEFAULT_CONFIG.snapshotPath,
    host: env.HOST ?? DEFAULT_CONFIG.host,
    port,
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    logLevel: logLevel as AppConfig['logLevel'],
    workers: env.TRADEGRAPH_WORKERS === undefined ? DEFAULT_CONFIG.workers : parseWorkers(env.TRADEGRAPH_WORKERS, 'TRADEGRAPH_WORKERS'),
    ...fromFile,
    ...overrides,
  });
}

/** Parses a TCP port, naming the setting it came from when it is not one. */
export function parsePort(value: string, setting: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('CONFIG_PORT', `${setting} must be a port number 0–65535; found "${value}".`);
  }
  return port;
}

/** Parses a worker count (1 = extract in the main thread), naming the setting it came from when it is not one. */
export function parseWorkers(value: string, setting: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    throw new ConfigError('CONFIG_WORKERS', `${setting} must be a whole number of threads 1–256; found "${value}".`);
  }
  return workers;
}
