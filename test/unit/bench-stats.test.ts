// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  compareLowerIsBetter,
  finite,
  formatSummary,
  kib,
  markdownTable,
  median,
  rotate,
  summarize,
  totalBlockingTime,
} from '../../scripts/bench/stats.mjs';

describe('bench statistics', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 9, 3, 7])).toBe(5);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores failed samples (null, undefined, NaN, Infinity) instead of counting them as 0', () => {
    expect(finite([1, null, undefined, Number.NaN, Number.POSITIVE_INFINITY, 2, '3'])).toEqual([1, 2]);
    expect(median([10, null, 30, undefined, 20])).toBe(20);
    expect(median([null, undefined])).toBeNull();
  });

  it('does not reorder the caller’s samples', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('summarizes median, min, max and the count of usable samples', () => {
    expect(summarize([120, 80, null, 100, 400])).toEqual({ n: 4, median: 110, min: 80, max: 400 });
    expect(summarize([])).toBeNull();
  });

  it('formats "median (min–max)" with the requested decimals, and a dash for no data', () => {
    expect(formatSummary({ median: 110, min: 80.4, max: 400.6 })).toBe('110 (80–401)');
    expect(formatSummary({ median: 0.0123, min: 0, max: 0.05 }, 3)).toBe('0.012 (0.000–0.050)');
    expect(formatSummary(null)).toBe('–');
  });

  it('counts only the part of each long task above 50 ms as blocking time', () => {
    const tasks: Array<[number, number]> = [
      [100, 50],
      [300, 120],
      [900, 51],
    ];
    expect(totalBlockingTime(tasks)).toBe(71);
    expect(totalBlockingTime(tasks, 500)).toBe(70);
    expect(totalBlockingTime([])).toBe(0);
  });

  it('rotates the visiting order so every page starts a round in turn', () => {
    const names = ['a', 'b', 'c'];
    expect(rotate(names, 0)).toEqual(['a', 'b', 'c']);
    expect(rotate(names, 1)).toEqual(['b', 'c', 'a']);
    expect(rotate(names, 4)).toEqual(['b', 'c', 'a']);
    expect(rotate(names, -1)).toEqual(['c', 'a', 'b']);
    expect(rotate([], 3)).toEqual([]);
  });

  it('names the best peer and says whether we are not worse than it', () => {
    const peers = [
      { name: 'x', value: 30 },
      { name: 'y', value: 12 },
      { name: 'z', value: null },
    ];
    expect(compareLowerIsBetter(10, peers)).toEqual({ best: { name: 'y', value: 12 }, wins: true });
    expect(compareLowerIsBetter(12, peers).wins).toBe(true);
    expect(compareLowerIsBetter(13, peers)).toEqual({ best: { name: 'y', value: 12 }, wins: false });
    expect(compareLowerIsBetter(null, peers)).toEqual({ best: null, wins: null });
    expect(compareLowerIsBetter(5, [{ name: 'z', value: null }])).toEqual({ best: null, wins: null });
  });

  it('renders markdown tables and KiB', () => {
    expect(markdownTable(['a', 'b'], [[1, 'x']])).toBe('| a | b |\n| --- | --- |\n| 1 | x |');
    expect(kib(1536)).toBe('1.5 KiB');
  });
});
