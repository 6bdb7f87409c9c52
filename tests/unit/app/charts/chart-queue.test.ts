// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queueChartWork } from '../../../../src/app/charts/chart-queue.ts';

// Without requestAnimationFrame (Node), the queue stands a 16 ms timer in for a frame.
describe('queueChartWork(job)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs jobs in the order queued, one per frame, never in the task that queued them', () => {
    const ran: string[] = [];
    queueChartWork(() => ran.push('a'));
    queueChartWork(() => ran.push('b'));
    queueChartWork(() => ran.push('c'));
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(16);
    expect(ran).toEqual(['a']);
    vi.advanceTimersByTime(16);
    expect(ran).toEqual(['a', 'b']);
    vi.advanceTimersByTime(16);
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('drops a job cancelled before its turn, and a cancel after it ran does nothing', () => {
    const ran: string[] = [];
    const cancelA = queueChartWork(() => ran.push('a'));
    const cancelB = queueChartWork(() => ran.push('b'));
    queueChartWork(() => ran.push('c'));
    cancelB();
    vi.advanceTimersByTime(16 * 3);
    expect(ran).toEqual(['a', 'c']);
    cancelA();
    expect(ran).toEqual(['a', 'c']);
  });

  it('goes on with the next job when one throws', () => {
    const ran: string[] = [];
    const errors: unknown[] = [];
    queueChartWork(() => {
      throw new Error('broken chart');
    });
    queueChartWork(() => ran.push('next'));
    try {
      vi.advanceTimersByTime(16);
    } catch (err) {
      errors.push(err);
    }
    vi.advanceTimersByTime(16);
    expect(errors).toHaveLength(1);
    expect(ran).toEqual(['next']);
  });

  it('takes a job queued by a running job after the ones already waiting', () => {
    const ran: string[] = [];
    queueChartWork(() => {
      ran.push('create');
      queueChartWork(() => ran.push('draw'));
    });
    queueChartWork(() => ran.push('other'));
    vi.advanceTimersByTime(16 * 3);
    expect(ran).toEqual(['create', 'other', 'draw']);
  });
});
