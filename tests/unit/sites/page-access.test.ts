import { describe, expect, it } from 'vitest';
import { annotatedText, annotateErrorText, pageAccess, pageBlockText } from '@/lib/sites/page-access';
import { inGerman } from '../helpers/in-german';

describe('page access', () => {
  it('takes web pages, with their host', () => {
    expect(pageAccess('https://news.example.com/a?b#c')).toEqual({
      kind: 'web',
      host: 'news.example.com',
      https: true,
    });
    expect(pageAccess('http://blog.example.org/')).toEqual({ kind: 'web', host: 'blog.example.org', https: false });
  });

  it('refuses the browser’s own pages, other extensions and the PDF viewer', () => {
    for (const url of [
      'chrome://extensions/',
      'chrome://newtab/',
      'edge://settings',
      'about:blank',
      'about:addons',
      'chrome-extension://abcdefghijklmnop/popup.html',
      'moz-extension://1234/popup.html',
      'view-source:https://example.com/',
    ]) {
      expect(pageAccess(url).kind, url).toBe('blocked');
    }
    expect(pageAccess('chrome://settings')).toEqual({ kind: 'blocked', reason: 'browser-page' });
  });

  it('refuses the extension stores, and only their store pages', () => {
    for (const url of [
      'https://chromewebstore.google.com/detail/undertow/abc',
      'https://chrome.google.com/webstore/category/extensions',
      'https://microsoftedge.microsoft.com/addons/detail/x',
      'https://addons.mozilla.org/en-US/firefox/addon/undertow/',
    ]) {
      expect(pageAccess(url), url).toEqual({ kind: 'blocked', reason: 'store' });
    }
    expect(pageAccess('https://chrome.google.com/webstorefront').kind).toBe('web');
    expect(pageAccess('https://www.google.com/search?q=webstore').kind).toBe('web');
  });

  it('refuses files and data, and says the address is unknown when it is hidden', () => {
    expect(pageAccess('file:///home/me/a.html')).toEqual({ kind: 'blocked', reason: 'not-web' });
    expect(pageAccess('data:text/html,hi')).toEqual({ kind: 'blocked', reason: 'not-web' });
    expect(pageAccess(undefined)).toEqual({ kind: 'unknown' });
    expect(pageAccess('not a url')).toEqual({ kind: 'unknown' });
  });

  it('says what was annotated in words', () => {
    expect(annotatedText(0)).toBe('No figures found on this page.');
    expect(annotatedText(1)).toBe('1 figure annotated.');
    expect(annotatedText(12)).toBe('12 figures annotated.');
    expect(annotatedText(1204)).toBe('1,204 figures annotated.');
  });

  it('says it in German, with the count as Germans write it', () => {
    inGerman();
    expect(annotatedText(0)).toBe('Auf dieser Seite wurden keine Zahlen gefunden.');
    expect(annotatedText(1)).toBe('1 Zahl annotiert.');
    expect(annotatedText(1204)).toBe('1.204 Zahlen annotiert.');
    expect(pageBlockText('not-web')).toBe('Nur Webseiten (http oder https) lassen sich annotieren.');
    expect(annotateErrorText(new Error('Something new'))).toBe(
      'Undertow konnte diese Seite nicht annotieren (Something new).',
    );
  });

  it('turns the browsers’ scripting errors into something a user can act on', () => {
    expect(annotateErrorText(new Error('Cannot access a chrome:// URL'))).toBe(pageBlockText('browser-page'));
    expect(annotateErrorText(new Error('The extensions gallery cannot be scripted.'))).toBe(pageBlockText('store'));
    expect(annotateErrorText(new Error('Frame with ID 0 is showing error page'))).toMatch(/error page\. Reload it/);
    expect(
      annotateErrorText(
        new Error(
          'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
        ),
      ),
    ).toMatch(/^Undertow has no access to this tab any more/);
    expect(annotateErrorText(new Error('Missing host permission for the tab'))).toMatch(/no access to this tab/);
    expect(annotateErrorText(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(
      'The page did not answer. Reload it and try again.',
    );
    expect(annotateErrorText('no tab')).toBe('There is no page to annotate in this window.');
    expect(annotateErrorText(new Error('Something new'))).toBe(
      'Undertow could not annotate this page (Something new).',
    );
  });
});
