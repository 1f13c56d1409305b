/**
 * Child process for the kill -9 test: writes a large snapshot to argv[2] through the real file
 * system, pausing between chunks so the parent can kill it in the middle of the write.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { writeSnapshot } from '../../../../../src/store/embedded/snapshot.js';
import { bigGraph } from './big-graph.js';
import { tempWriteSpy } from './temp-write-spy.js';

const slowFs = tempWriteSpy(() => sleep(25));

await writeSnapshot(process.argv[2]!, bigGraph(20_000, 'new'), { inputs: ['new'] }, { fs: slowFs, chunkBytes: 64 * 1024 });
process.stdout.write('finished\n');
