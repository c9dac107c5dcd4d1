/**
 * Pages where browsers do not let extensions run: says why, in words a reader understands.
 * Returns null for an ordinary web page (or when the address is unknown).
 */
export function restrictionOf(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const { protocol, hostname, pathname } = parsed;
  if (['chrome:', 'edge:', 'about:', 'brave:', 'opera:', 'vivaldi:'].includes(protocol)) {
    return 'This is a browser page. Browsers do not let extensions read their own pages.';
  }
  if (['chrome-extension:', 'moz-extension:', 'extension:'].includes(protocol)) {
    return 'This is an extension page. Extensions cannot read each other’s pages.';
  }
  if (protocol === 'view-source:' || protocol === 'devtools:') {
    return 'Browsers do not let extensions read this kind of page.';
  }
  if (
    hostname === 'chromewebstore.google.com' ||
    (hostname === 'chrome.google.com' && pathname.startsWith('/webstore')) ||
    hostname === 'addons.mozilla.org' ||
    hostname === 'microsoftedge.microsoft.com'
  ) {
    return 'This is the browser’s add-on store, where extensions are not allowed to run.';
  }
  if (protocol === 'file:') {
    return 'This is a file on your computer. Allow NK Lens to access file URLs in the browser’s extension settings to use it here.';
  }
  return null;
}
