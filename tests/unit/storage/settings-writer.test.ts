import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SYNC_ITEM_BYTES, syncBytes } from '@/lib/settings/settings';
import { readSettings } from '@/lib/storage/items';
import { addUserSite } from '@/lib/storage/settings-writer';

/** A long host name, as some news sites have: 60-odd characters. */
const longHost = (n: number) => `markets-and-analysis-section-number-${String(n).padStart(3, '0')}.news.example.com`;

describe('the settings writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps both of two sites granted at once', async () => {
    await Promise.all([addUserSite('a.example.com'), addUserSite('b.example.com')]);
    expect((await readSettings()).userNewsSites).toEqual(['a.example.com', 'b.example.com']);
  });

  it('refuses the site that would make the settings too large to sync, and keeps those stored', async () => {
    let refused: string[] | undefined;
    for (let n = 0; n < 200 && !refused; n++) {
      const answer = await addUserSite(longHost(n));
      if ('errors' in answer) refused = answer.errors;
    }
    expect(refused).toEqual([
      'That is more than your browser can sync in one setting (8 kB): remove a site you added first.',
    ]);
    const stored = await readSettings();
    expect(stored.userNewsSites.length).toBeGreaterThan(100);
    expect(syncBytes(stored)).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    expect(syncBytes({ ...DEFAULT_SETTINGS, userNewsSites: [...stored.userNewsSites, longHost(999)] })).toBeGreaterThan(
      SYNC_ITEM_BYTES,
    );
  });
});
