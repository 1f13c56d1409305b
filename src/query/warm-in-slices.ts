/**
 * Runs `step(0)` … `step(count - 1)` a slice of `sliceMs` at a time, awaiting `pause` before each
 * slice and stopping when it answers false: the shape of the warm-ups that fill a per-term table
 * after the server already answers (each step is one term's work, which can take milliseconds on
 * the 1000× graph, so a fixed count of steps could hold the event loop for seconds).
 */
export async function warmInSlices(
  count: number,
  step: (at: number) => void,
  pause: () => Promise<boolean>,
  sliceMs: number,
  now: () => number,
): Promise<void> {
  let at = 0;
  while (at < count) {
    if (!(await pause())) return;
    const started = now();
    do {
      step(at);
      at += 1;
    } while (at < count && now() - started < sliceMs);
  }
}
