import { describe, expect, it } from 'vitest';
import { newsScriptMatches } from '@/lib/sites/news-script';
import { NEWS_SITE_MATCHES } from '@/lib/sites/news-sites';

describe('where the article script is registered', () => {
  it('runs on every default news site and nowhere else on a fresh install', () => {
    expect(newsScriptMatches({ userNewsSites: [], disabledNewsSites: [] }, ['<all_urls>'])).toEqual(
      NEWS_SITE_MATCHES.toSorted(),
    );
  });

  it('leaves out the sites switched off, and adds the user’s granted sites, in one sorted list', () => {
    const settings = {
      userNewsSites: ['letters.example.com', 'ungranted.example.com', 'www.coindesk.com'],
      disabledNewsSites: ['www.gate.com', 'cointelegraph.com'],
    };
    const matches = newsScriptMatches(settings, ['https://letters.example.com/*', 'https://www.coindesk.com/*']);
    expect(matches).toEqual([
      'https://blockworks.co/*',
      'https://cryptoslate.com/*',
      'https://decrypt.co/*',
      'https://letters.example.com/*',
      'https://www.coindesk.com/*',
      'https://www.theblock.co/*',
    ]);
  });

  it('registers nothing when every site is off', () => {
    const hosts = NEWS_SITE_MATCHES.map((pattern) => new URL(pattern.replace('/*', '/')).hostname);
    expect(
      newsScriptMatches({ userNewsSites: ['a.example.com'], disabledNewsSites: [...hosts, 'a.example.com'] }, [
        'https://a.example.com/*',
      ]),
    ).toEqual([]);
  });
});
