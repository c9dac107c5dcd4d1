import { describe, expect, it } from 'vitest';
import { restrictionOf } from '@/components/page/restricted-url';

describe('restrictionOf', () => {
  it.each([
    'chrome://extensions/',
    'about:addons',
    'about:blank',
    'chrome-extension://abc/popup.html',
    'moz-extension://abc/popup.html',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'file:///home/reader/article.html',
  ])('explains why NK Lens cannot run on %s', (url) => {
    expect(restrictionOf(url)).toMatch(/\w{4,}.*\./);
  });

  it.each([
    undefined,
    '',
    'https://www.nknews.org/2024/09/x',
    'http://127.0.0.1:8080/page.html',
    'not a url',
  ])('has nothing to say about %j', (url) => {
    expect(restrictionOf(url)).toBeNull();
  });
});
