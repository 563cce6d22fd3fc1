import { describe, expect, it } from 'vitest';
import { oneAtATime, sharedRuns, takingTurns } from '@/lib/one-at-a-time';

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

describe('sharedRuns', () => {
  /** A run that reads `source` when it starts and ends when told to. */
  function runs() {
    const source = { value: 'v1' };
    const started: string[] = [];
    const ends: Array<(fail?: boolean) => void> = [];
    const shared = sharedRuns(
      (label: string) =>
        new Promise<string>((resolve, reject) => {
          const read = source.value;
          started.push(`${label}:${read}`);
          ends.push((fail) => (fail ? reject(new Error(`${label} failed`)) : resolve(read)));
        }),
    );
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    /** End the k-th run started; one not started yet is a test mistake. */
    const end = (k: number, fail = false) => {
      const ending = ends[k];
      if (!ending) throw new Error(`run ${k} never started`);
      ending(fail);
    };
    return { source, started, end, shared, settle };
  }

  it('gives calls made while a run is out that same run', async () => {
    const { started, end, shared } = runs();
    const both = Promise.all([shared.join('alarm'), shared.join('refresh')]);
    expect(started).toEqual(['alarm:v1']);
    end(0);
    expect(await both).toEqual(['v1', 'v1']);
  });

  it('runs again, once, for changes made after the run out had read its input', async () => {
    const { source, started, end, shared, settle } = runs();
    const first = shared.join('alarm');
    source.value = 'v2';
    const again = [shared.after('settings'), shared.after('settings'), shared.join('refresh')];
    expect(started).toEqual(['alarm:v1']);
    end(0);
    expect(await first).toBe('v1');
    await settle();
    expect(started).toEqual(['alarm:v1', 'settings:v2']);
    end(1);
    expect(await Promise.all(again)).toEqual(['v2', 'v2', 'v1']);
  });

  it('runs again after a run that failed, and at once when none is out', async () => {
    const { started, end, shared, settle } = runs();
    const failing = shared.join('alarm');
    const again = shared.after('settings');
    end(0, true);
    await expect(failing).rejects.toThrow('alarm failed');
    await settle();
    end(1);
    expect(await again).toBe('v1');
    const now = shared.after('settings');
    expect(started).toEqual(['alarm:v1', 'settings:v1', 'settings:v1']);
    end(2);
    expect(await now).toBe('v1');
  });
});
