import { describe, expect, it } from 'vitest';
import { oneAtATime } from '@/lib/one-at-a-time';

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
