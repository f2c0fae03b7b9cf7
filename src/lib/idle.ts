/** Idle-time work: what the page must do after a change, but not before the change is painted. */

/** Time a batch may take where the browser cannot say how long it will be idle (no requestIdleCallback). */
const FALLBACK_BUDGET_MS = 8;

/**
 * Runs `work` once the browser is idle, which is after the frame in progress has been painted, or after
 * `timeout` milliseconds at the latest. `hasTime` tells the work whether it may go on or should stop and
 * schedule the rest.
 */
export function runWhenIdle(work: (hasTime: () => boolean) => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback((deadline) => work(() => deadline.timeRemaining() > 1), { timeout });
    return;
  }
  setTimeout(() => {
    const start = performance.now();
    work(() => performance.now() - start < FALLBACK_BUDGET_MS);
  }, 0);
}
