// Standard streams a reader may close early: `aifactory catalog | head` reads a few lines and exits, and the
// next write fails with EPIPE. Without a listener Node dies on it with a stack trace; with one, the rest of the
// output is dropped and the command ends with its own exit code, quietly.

/** Errors that mean "nobody reads this stream any more". */
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

export function pipeWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (!CLOSED.has(e.code ?? '')) throw e;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
