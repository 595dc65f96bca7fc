/**
 * Runs `work` now and then every `intervalMs`, never two at once, never keeping the process alive, and logging
 * (not throwing) a failed round: the next round simply tries again. Returns a function that stops it.
 */
export function repeat(name: string, intervalMs: number, work: () => Promise<void>): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await work();
    } catch (err) {
      console.error(`${name}:`, err instanceof Error ? err.message : err);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
