import { afterEach, describe, expect, it, vi } from 'vitest';
import { runWhenIdle } from '../../../src/lib/idle.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('runWhenIdle', () => {
  it('hands the work to requestIdleCallback with the timeout, and stops it when the idle time is spent', () => {
    let idle: ((deadline: IdleDeadline) => void) | undefined;
    const requestIdleCallback = vi.fn((callback: (deadline: IdleDeadline) => void) => {
      idle = callback;
      return 1;
    });
    vi.stubGlobal('requestIdleCallback', requestIdleCallback);
    const answers: boolean[] = [];
    runWhenIdle((hasTime) => answers.push(hasTime()), 1000);
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 1000 });
    expect(answers).toEqual([]);

    let remaining = 12;
    idle?.({ didTimeout: false, timeRemaining: () => remaining });
    remaining = 0.5;
    idle?.({ didTimeout: true, timeRemaining: () => remaining });
    expect(answers).toEqual([true, false]);
  });

  it('without requestIdleCallback, runs the work in a later task with a budget of a few milliseconds', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const answers: boolean[] = [];
    runWhenIdle((hasTime) => {
      answers.push(hasTime());
      vi.advanceTimersByTime(20);
      answers.push(hasTime());
    }, 1000);
    expect(answers).toEqual([]);
    vi.runOnlyPendingTimers();
    expect(answers).toEqual([true, false]);
  });
});
