import { describe, expect, it } from 'vitest';
import { ReadBudget } from '@/lib/annotate/read-budget';

const LIMITS = { pageCharsPerMinute: 1_000, messageMs: 30, pages: 2 };

describe('ReadBudget: no page keeps the worker reading', () => {
  it('lets a page have a fixed number of characters read a minute, then none until the minute has passed', () => {
    let t = 0;
    const budget = new ReadBudget(() => t, LIMITS);
    const first = budget.start('page');
    expect([first.take(600), first.take(300), first.take(200)]).toEqual([true, true, false]);
    t = 30_000;
    expect(budget.start('page').take(200)).toBe(false);
    t = 60_001;
    expect(budget.start('page').take(600)).toBe(true);
  });

  it('keeps each page to its own budget', () => {
    const budget = new ReadBudget(() => 0, LIMITS);
    expect(budget.start('a').take(1_000)).toBe(true);
    expect(budget.start('b').take(1_000)).toBe(true);
  });

  it('stops a message once its time is spent, whatever is left of the page budget, but reads its first text', () => {
    let t = 0;
    const budget = new ReadBudget(() => t, LIMITS);
    const late = budget.start('late');
    t = 31;
    expect(late.take(10)).toBe(true);
    expect(late.take(10)).toBe(false);
  });

  it('remembers a bounded number of pages, the least recently read forgotten first', () => {
    const budget = new ReadBudget(() => 0, LIMITS);
    budget.start('a').take(1_000);
    budget.start('b').take(1_000);
    budget.start('c').take(1_000);
    // "a" was forgotten to make room, so it starts afresh; "c" has spent its minute.
    expect(budget.start('a').take(1_000)).toBe(true);
    expect(budget.start('c').take(1)).toBe(false);
  });
});
