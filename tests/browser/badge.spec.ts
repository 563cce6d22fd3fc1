import { expect, test } from '../harness/fixtures';

test.describe('badge', () => {
  test('shows the BTC 24 h move served by the replay exchange', async ({ settledBadge }) => {
    const badge = await settledBadge();
    expect(badge.text).toBe('-1.9');
    // A fall of less than 2 %: amber, not red.
    expect(badge.color).toBe('#b54708');
    expect(badge.title).toContain('Bitcoin $67,490 (-1.88% in 24 h)');
    expect(badge.title).toMatch(/Updated \d\d:\d\d/);
  });

  test.describe('on a calm day', () => {
    test.use({ scenario: 'calm' });

    test('is green with a small rise', async ({ settledBadge }) => {
      const badge = await settledBadge();
      // +0.03 % rounds to nothing at badge precision: no sign for a move that small.
      expect(badge.text).toBe('0.0');
      expect(badge.color).toBe('#067647');
      expect(badge.title).toContain('Bitcoin $93,889 (+0.03% in 24 h)');
    });
  });

  test.describe('when every venue is down from the start', () => {
    test.use({ scenario: 'all-down' });

    test('says there is no data and why', async ({ settledBadge }) => {
      const badge = await settledBadge();
      expect(badge.text).toBe('!');
      expect(badge.color).toBe('#6b7280');
      expect(badge.title).toContain('Binance: api.binance.com answered HTTP 503 (ticker-24h)');
    });
  });
});
