import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { matcherTextPlugin } from './scripts/matcher-text-plugin';

const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

/**
 * The extension's own pages (background, popup, side panel, options) load nothing but the
 * extension's files and may open no connection at all: NK Lens makes no network request, and the
 * browser holds it to that. Not in `wxt dev`, whose pages load from and talk to the dev server.
 */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'";

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact(), matcherTextPlugin()],
    // Strings in quotes, never template literals: V8 compiles a long template literal (the
    // matcher's data in the content script) several times slower than a quoted string.
    esbuild: { supported: { 'template-literal': false } },
    build: {
      // Both browsers preload modules themselves; Vite's polyfill would be the bundles' only fetch.
      modulePreload: { polyfill: false },
      // Terser's output gzips smaller than esbuild's: the content script by 1.7 KB (4 %) when chosen.
      minify: 'terser',
    },
  }),
  manifest: ({ browser, command, manifestVersion }) => ({
    name: 'NK Lens',
    description:
      'Spots North Korean officials and the forums where they act on news pages, with sourced profiles on hover.',
    // activeTab: the popup reads the active tab's address to explain pages NK Lens cannot run on.
    permissions: ['storage', 'activeTab'],
    // WXT writes it as Firefox's MV2 string.
    ...(command === 'build'
      ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }
      : {}),
    // The toolbar button; the extension icons (16–128) come from public/icon/ (scripts/icons.ts).
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_title: 'NK Lens',
      default_icon: TOOLBAR_ICONS,
    },
    ...(browser === 'firefox'
      ? {
          // Firefox opens its sidebar only from a user action: this shortcut is that action.
          commands: {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+L' },
              description: 'Open the NK Lens sidebar',
            },
          },
          browser_specific_settings: {
            gecko: {
              id: 'nk-lens@nklens.org',
              // 140: the first version that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android needs 142+ for data_collection_permissions; saying so silences the lint warning.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
