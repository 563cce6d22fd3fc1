import { describe, expect, it } from 'vitest';
import { oneAtATime, takingTurns } from '@/lib/one-at-a-time';

describe('oneAtATime', () => {
  it('runs calls in order, each after the last has settled, even when one fails', async () => {
    const log: string[] = [];
    const run = oneAtATime(async (name: string, ms: number) => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      if (name === 'b') throw new Error('b failed');
      return name;
    });
    const results = await Promise.allSettled([run('a', 20), run('b', 5), run('c', 1)]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('takingTurns', () => {
  it('runs each piece of work given to it after the one before has settled, whatever it returns', async () => {
    const inTurn = takingTurns();
    let shared = 0;
    // Each reads the shared value, waits, then writes it back changed: run together they would
    // overwrite one another.
    const bump = (by: number, ms: number) =>
      inTurn(async () => {
        const read = shared;
        await new Promise((resolve) => setTimeout(resolve, ms));
        shared = read + by;
        return `+${by}`;
      });
    const results = await Promise.all([bump(1, 20), bump(10, 1), inTurn(async () => shared), bump(100, 5)]);
    expect(shared).toBe(111);
    expect(results).toEqual(['+1', '+10', 11, '+100']);
  });
});
