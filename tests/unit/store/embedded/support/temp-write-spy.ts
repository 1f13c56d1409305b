import { nodeFs, type AtomicWriteFs } from '../../../../../src/store/embedded/snapshot-atomic-write.js';

/**
 * The real file system, except that every write to a snapshot's temp file (opened `wx`) first
 * calls `beforeWrite` with its length: to record chunk sizes, or to slow the writer down.
 */
export function tempWriteSpy(beforeWrite: (length: number) => void | Promise<void>): AtomicWriteFs {
  return {
    ...nodeFs,
    open: (async (file: string, flags: string) => {
      const handle = await nodeFs.open(file, flags);
      if (flags !== 'wx') return handle;
      const write = handle.write.bind(handle) as (buffer: Buffer, offset: number, length: number) => Promise<{ bytesWritten: number }>;
      return Object.assign(Object.create(handle) as typeof handle, {
        write: async (buffer: Buffer, offset: number, length: number) => {
          await beforeWrite(length);
          return write(buffer, offset, length);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    }) as AtomicWriteFs['open'],
  };
}
