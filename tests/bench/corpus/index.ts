export { CORPUS_DEFAULTS, PER_SAMPLE, formatRecord, generateCorpus, generateRecords, writeCorpus, type CorpusFile, type CorpusOptions, type CorpusRecord, type CorpusStats } from './generate-corpus.js';
export { createWorld, type World } from './world.js';
export { createRandom, subSeed } from './random.js';
