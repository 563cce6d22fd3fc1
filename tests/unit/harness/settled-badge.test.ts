import { describe, expect, it } from 'vitest';
import { type Badge, waitForSettledBadge } from '../../harness/badge';

describe('the browser tests’ settled badge', () => {
  it('waits for the whole badge, not its text alone: Firefox drew the title after the text', async () => {
    const drawn: Badge[] = [
      { text: '', color: '', title: 'Undertow' },
      { text: '70', color: '#d55e00', title: 'Undertow' },
      { text: '70', color: '#d55e00', title: 'Undertow — market stress 70/100: High' },
    ];
    let reads = 0;
    const badge = await waitForSettledBadge(async () => drawn[Math.min(reads++, drawn.length - 1)] as Badge);
    expect(badge.title).toBe('Undertow — market stress 70/100: High');
  });
});
