// @ts-check
// Unit tests of the peer benchmark's statistics (stats.mjs), run with Node's own test runner:
// `pnpm --filter @assent/bench test`, or `node scripts/test.mjs --only bench` from the root.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
} from '../stats.mjs';

describe('bench statistics', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    assert.equal(median([5, 1, 9, 3, 7]), 5);
  });

  it('averages the two middle values of an even count', () => {
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  it('ignores failed samples (null, undefined, NaN, Infinity) instead of counting them as 0', () => {
    assert.deepEqual(finite([1, null, undefined, Number.NaN, Number.POSITIVE_INFINITY, 2, '3']), [1, 2]);
    assert.equal(median([10, null, 30, undefined, 20]), 20);
    assert.equal(median([null, undefined]), null);
  });

  it('does not reorder the caller’s samples', () => {
    const xs = [3, 1, 2];
    median(xs);
    assert.deepEqual(xs, [3, 1, 2]);
  });

  it('summarizes median, min, max and the count of usable samples', () => {
    assert.deepEqual(summarize([120, 80, null, 100, 400]), { n: 4, median: 110, min: 80, max: 400 });
    assert.equal(summarize([]), null);
  });

  it('formats "median (min–max)" with the requested decimals, and a dash for no data', () => {
    assert.equal(formatSummary({ median: 110, min: 80.4, max: 400.6 }), '110 (80–401)');
    assert.equal(formatSummary({ median: 0.0123, min: 0, max: 0.05 }, 3), '0.012 (0.000–0.050)');
    assert.equal(formatSummary(null), '–');
  });

  it('counts only the part of each long task above 50 ms as blocking time', () => {
    /** @type {Array<[number, number]>} */
    const tasks = [
      [100, 50],
      [300, 120],
      [900, 51],
    ];
    assert.equal(totalBlockingTime(tasks), 71);
    assert.equal(totalBlockingTime(tasks, 500), 70);
    assert.equal(totalBlockingTime([]), 0);
  });

  it('rotates the visiting order so every page starts a round in turn', () => {
    const names = ['a', 'b', 'c'];
    assert.deepEqual(rotate(names, 0), ['a', 'b', 'c']);
    assert.deepEqual(rotate(names, 1), ['b', 'c', 'a']);
    assert.deepEqual(rotate(names, 4), ['b', 'c', 'a']);
    assert.deepEqual(rotate(names, -1), ['c', 'a', 'b']);
    assert.deepEqual(rotate([], 3), []);
  });

  it('names the best peer and says whether we are not worse than it', () => {
    const peers = [
      { name: 'x', value: 30 },
      { name: 'y', value: 12 },
      { name: 'z', value: null },
    ];
    assert.deepEqual(compareLowerIsBetter(10, peers), { best: { name: 'y', value: 12 }, wins: true });
    assert.equal(compareLowerIsBetter(12, peers).wins, true);
    assert.deepEqual(compareLowerIsBetter(13, peers), { best: { name: 'y', value: 12 }, wins: false });
    assert.deepEqual(compareLowerIsBetter(null, peers), { best: null, wins: null });
    assert.deepEqual(compareLowerIsBetter(5, [{ name: 'z', value: null }]), { best: null, wins: null });
  });

  it('renders markdown tables and KiB', () => {
    assert.equal(markdownTable(['a', 'b'], [[1, 'x']]), '| a | b |\n| --- | --- |\n| 1 | x |');
    assert.equal(kib(1536), '1.5 KiB');
  });
});
