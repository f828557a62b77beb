// A file's bytes a piece at a time, read as they are needed, so the CLI never holds a long
// input whole. The file is opened at once, so a missing one fails where it is named.
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK_BYTES = 64 * 1024;

export function fileChunks(path: string, chunkBytes = CHUNK_BYTES): Iterable<Uint8Array> {
  const fd = openSync(path, 'r');
  return (function* () {
    try {
      for (;;) {
        // A new buffer each time: the reader may keep a piece while the next is read.
        const buffer = Buffer.allocUnsafe(chunkBytes);
        const n = readSync(fd, buffer, 0, chunkBytes, null);
        if (n === 0) return;
        yield buffer.subarray(0, n);
      }
    } finally {
      closeSync(fd);
    }
  })();
}
