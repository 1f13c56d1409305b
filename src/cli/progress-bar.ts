import { SingleBar, Presets } from 'cli-progress';
import { progressLog, type ProgressListener } from '../pipeline/index.js';

/**
 * Progress on stderr, so stdout (and --json) stays clean: a bar per stage when stderr is a
 * terminal, otherwise plain lines every few seconds and at each stage's end (logs, CI, pipes).
 * Returns the listener and a function that closes the bar.
 */
export function terminalProgress(enabled: boolean): { onProgress: ProgressListener | undefined; stop: () => void } {
  if (!enabled) return { onProgress: undefined, stop: () => undefined };
  if (!process.stderr.isTTY) return { onProgress: progressLog({ write: (line) => process.stderr.write(`${line}\n`) }), stop: () => undefined };
  const bar = new SingleBar({ stream: process.stderr, format: ' {stage} [{bar}] {value}/{total} {step}', hideCursor: true }, Presets.shades_classic);
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
