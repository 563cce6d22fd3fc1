import { describe, expect, it } from 'vitest';
import {
  isSiteHost,
  originCovers,
  siteHost,
  sitePattern,
  sitesOfOrigins,
  userSiteMatches,
  withoutUserSite,
  withUserSite,
} from '@/lib/sites/user-sites';

const EXCHANGE_HOSTS = ['https://api.binance.com/*', 'https://www.okx.com/*'];

describe('user-added sites', () => {
  it('takes host names and IPv4 addresses, nothing else', () => {
    for (const host of ['example.com', 'news.example.co.uk', 'xn--bcher-kva.example', 'a-b.io', '192.168.1.20']) {
      expect(isSiteHost(host), host).toBe(true);
    }
    for (const host of [
      '',
      'localhost',
      'Example.com',
      '*.example.com',
      'example.com/',
      'example.com:8080',
      '-a.example.com',
      'a-.example.com',
      'a..b',
      'example.123',
      'https://example.com',
      `${'a'.repeat(64)}.com`,
    ]) {
      expect(isSiteHost(host), host).toBe(false);
    }
  });

  it('reads a host from what a user types or a tab’s address', () => {
    expect(siteHost('News.Example.com')).toBe('news.example.com');
    expect(siteHost('  https://news.example.com/markets/a?b=1 ')).toBe('news.example.com');
    expect(siteHost('http://news.example.com:8080/')).toBe('news.example.com');
    expect(siteHost('news.example.com/markets')).toBe('news.example.com');
    expect(siteHost('')).toBeNull();
    expect(siteHost('not a site')).toBeNull();
    expect(siteHost('localhost')).toBeNull();
    expect(siteHost('chrome://extensions')).toBeNull();
  });

  it('asks for and registers https only', () => {
    expect(sitePattern('news.example.com')).toBe('https://news.example.com/*');
  });

  it('knows which granted origins give a site', () => {
    expect(originCovers('https://news.example.com/*', 'news.example.com')).toBe(true);
    expect(originCovers('*://news.example.com/*', 'news.example.com')).toBe(true);
    expect(originCovers('https://*.example.com/*', 'news.example.com')).toBe(true);
    expect(originCovers('https://*.example.com/*', 'example.com')).toBe(true);
    expect(originCovers('https://*/*', 'news.example.com')).toBe(true);
    expect(originCovers('<all_urls>', 'news.example.com')).toBe(true);
    expect(originCovers('http://news.example.com/*', 'news.example.com')).toBe(false);
    expect(originCovers('https://news.example.com/markets/*', 'news.example.com')).toBe(false);
    expect(originCovers('https://*.example.com/*', 'badexample.com')).toBe(false);
    expect(originCovers('https://api.binance.com/*', 'news.example.com')).toBe(false);
  });

  it('registers the added sites that are granted and on, once each, in a stable order', () => {
    const settings = {
      userNewsSites: ['b.example.com', 'a.example.com', 'off.example.com', 'ungranted.example.com', 'b.example.com'],
      disabledNewsSites: ['off.example.com'],
    };
    const granted = [
      ...EXCHANGE_HOSTS,
      'https://a.example.com/*',
      'https://b.example.com/*',
      'https://off.example.com/*',
    ];
    expect(userSiteMatches(settings, granted)).toEqual(['https://a.example.com/*', 'https://b.example.com/*']);
    expect(userSiteMatches(settings, EXCHANGE_HOSTS)).toEqual([]);
    expect(userSiteMatches({ userNewsSites: [], disabledNewsSites: [] }, ['<all_urls>'])).toEqual([]);
  });

  it('leaves the default news sites to their own list, so none is registered twice', () => {
    const settings = { userNewsSites: ['www.coindesk.com', 'www.okx.com'], disabledNewsSites: [] };
    expect(userSiteMatches(settings, ['https://*/*'])).toEqual(['https://www.okx.com/*']);
  });

  it('reads the sites a grant names one by one, and skips wildcards and defaults', () => {
    expect(
      sitesOfOrigins([
        'https://news.example.com/*',
        'https://*/*',
        'https://*.example.org/*',
        'http://plain.example.com/*',
        'https://decrypt.co/*',
        '<all_urls>',
      ]),
    ).toEqual(['news.example.com']);
  });

  it('adds a site once, on, and removes it with its switch', () => {
    const sites = { userNewsSites: ['a.example.com'], disabledNewsSites: ['a.example.com', 'decrypt.co'] };
    expect(withUserSite(sites, 'a.example.com')).toEqual({
      userNewsSites: ['a.example.com'],
      disabledNewsSites: ['decrypt.co'],
    });
    expect(withUserSite(sites, 'b.example.com').userNewsSites).toEqual(['a.example.com', 'b.example.com']);
    expect(withoutUserSite(sites, 'a.example.com')).toEqual({ userNewsSites: [], disabledNewsSites: ['decrypt.co'] });
  });
});
