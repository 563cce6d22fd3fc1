import { describe, expect, it } from 'vitest';
import { BlockMemory } from '@/lib/annotate/reader/memory';

describe('what a block remembers', () => {
  it('gives "the same period" the one window stated last, and none when it stated two', () => {
    const memory = new BlockMemory(undefined);
    memory.stated('24h', 0);
    expect(memory.lastWindow()).toBe('24h');
    memory.stated('24h', 1);
    memory.stated('7d', 1);
    expect(memory.lastWindow()).toBeUndefined();
  });

  it('starts from the block before: its window and whether it was about liquidations', () => {
    const memory = new BlockMemory('More than $600 million of positions were liquidated over the past 24 hours.');
    expect(memory.lastWindow()).toBe('24h');
    expect(memory.liquidations).toBe(true);
    expect(new BlockMemory('Bitcoin rose.').liquidations).toBe(false);
  });

  it('remembers the levels named, by value', () => {
    const memory = new BlockMemory(undefined);
    memory.level(75_000, 'support', 'BTC');
    expect(memory.levelAt(75_000)).toEqual({ kind: 'support', asset: 'BTC' });
    expect(memory.levelAt(70_000)).toBeUndefined();
  });
});
