import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entrypointFiles, gzipSize, weigh } from '@/scripts/bench/sizes';

function builtExtension(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nk-lens-sizes-'));
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      content_scripts: [
        {
          matches: ['<all_urls>'],
          js: ['content-scripts/content.js'],
          css: ['content-scripts/content.css'],
        },
      ],
      background: { service_worker: 'background.js' },
      action: { default_popup: 'popup.html' },
      side_panel: { default_path: 'sidepanel.html' },
    }),
    'content-scripts/content.js': '(function(){console.log("content")})();',
    'content-scripts/content.css': '::highlight(nk-lens-official){text-decoration:underline}',
    'background.js': 'console.log("background")',
    'popup.html':
      '<script type="module" crossorigin src="/chunks/popup-a1.js"></script><link rel="stylesheet" crossorigin href="/assets/popup-b2.css">',
    'sidepanel.html': '<script type="module" src="/chunks/sidepanel-c3.js"></script>',
    'chunks/popup-a1.js': 'import{h as e}from"./preact-d4.js";import"/chunks/search-e5.js";e()',
    'chunks/sidepanel-c3.js': 'import{h as e}from"./preact-d4.js";e()',
    'chunks/preact-d4.js': 'export const h=()=>1;',
    'chunks/search-e5.js': 'export{}',
    'assets/popup-b2.css': 'body{margin:0}',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

describe('entrypointFiles', () => {
  const dir = builtExtension();
  const entrypoints = entrypointFiles(dir);

  it('follows HTML scripts, stylesheets and static JS imports, shared chunks included', () => {
    expect(entrypoints.popup).toEqual([
      'assets/popup-b2.css',
      'chunks/popup-a1.js',
      'chunks/preact-d4.js',
      'chunks/search-e5.js',
      'popup.html',
    ]);
    expect(entrypoints['side panel']).toEqual([
      'chunks/preact-d4.js',
      'chunks/sidepanel-c3.js',
      'sidepanel.html',
    ]);
  });

  it('lists the content script files and the service worker from the manifest', () => {
    expect(entrypoints['content script']).toEqual([
      'content-scripts/content.css',
      'content-scripts/content.js',
    ]);
    expect(entrypoints.background).toEqual(['background.js']);
    expect(entrypoints.options).toBeUndefined();
  });

  it('weighs files raw and gzipped', () => {
    const weight = weigh(dir, ['background.js', 'chunks/search-e5.js']);
    expect(weight.bytes).toBe('console.log("background")'.length + 'export{}'.length);
    expect(weight.gzipBytes).toBe(gzipSize('console.log("background")') + gzipSize('export{}'));
  });
});
