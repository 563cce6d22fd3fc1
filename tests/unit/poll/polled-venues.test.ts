import { describe, expect, it } from 'vitest';
import { POLLED_VENUES } from '@/lib/poll/polled-venues';
import { TASKS } from '@/lib/poll/tasks';

describe('POLLED_VENUES', () => {
  it('is exactly the venues the tasks call, so the manifest asks for no host more or less', () => {
    expect([...POLLED_VENUES].sort()).toEqual([...new Set(TASKS.map((task) => task.venue))].sort());
  });
});
