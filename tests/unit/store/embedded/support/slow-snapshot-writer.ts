/**
 * Child process for the kill -9 test: writes a large snapshot to argv[2] through the real file
 * system, pausing between chunks so the parent can kill it in the middle of the write.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { nodeFs, type AtomicWriteFs } from '../../../../../src/store/embedded/snapshot-atomic-write.js';
import { writeSnapshot } from '../../../../../src/store/embedded/snapshot.js';
import { bigGraph } from './big-graph.js';

const slowFs: AtomicWriteFs = {
  ...nodeFs,
  open: (async (file: string, flags: string) => {
    const handle = await nodeFs.open(file, flags);
    if (flags !== 'wx') return handle;
    const write = handle.write.bind(handle) as (buffer: Buffer, offset: number, length: number) => Promise<{ bytesWritten: number }>;
    return Object.assign(Object.create(handle) as typeof handle, {
      write: async (buffer: Buffer, offset: number, length: number) => {
        await sleep(25);
        return write(buffer, offset, length);
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    });
  }) as AtomicWriteFs['open'],
};

await writeSnapshot(process.argv[2]!, bigGraph(20_000, 'new'), { inputs: ['new'] }, { fs: slowFs, chunkChars: 64 * 1024 });
process.stdout.write('finished\n');
