import { SingleBar, Presets } from 'cli-progress';
import { progressLog, type ProgressListener } from '../pipeline/index.js';
import type { OutputStream } from './cli-io.js';

/**
 * Progress on `stream` (the command's stderr, so stdout and --json stay clean; null for none): a bar
 * per stage when it is a terminal, otherwise plain lines every few seconds and at each stage's end
 * (logs, CI, pipes). Returns the listener and a function that closes the bar.
 */
export function terminalProgress(stream: OutputStream | null): { onProgress: ProgressListener | undefined; stop: () => void } {
  if (!stream) return { onProgress: undefined, stop: () => undefined };
  if (!stream.isTTY) return { onProgress: progressLog({ write: (line) => stream.write(`${line}\n`) }), stop: () => undefined };
  const bar = new SingleBar({ stream, format: ' {stage} [{bar}] {value}/{total} {step}', hideCursor: true }, Presets.shades_classic);
  let stage = '';
  return {
    onProgress: (event) => {
      const step = event.step ?? '';
      if (event.stage !== stage) {
        stage = event.stage;
        bar.stop();
        bar.start(Math.max(event.total, 1), event.done, { stage: stage.padEnd(8), step });
      } else {
        bar.setTotal(Math.max(event.total, 1));
        bar.update(event.done, { step });
      }
    },
    stop: () => bar.stop(),
  };
}
