/**
 * Weighs the built extension: each entrypoint with every file it loads (scripts, chunks,
 * stylesheets), raw and gzipped, read from the manifest and the HTML / JS import graph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Entrypoint name → the files it loads, for a built MV3 extension directory. */
export function entrypointFiles(extensionDir: string): Record<string, string[]> {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const roots: Record<string, string[]> = {};
  (manifest.content_scripts ?? []).forEach(
    (script: { js?: string[]; css?: string[] }, index: number) => {
      roots[index === 0 ? 'content script' : `content script ${index + 1}`] = [
        ...(script.js ?? []),
        ...(script.css ?? []),
      ];
    },
  );
  if (manifest.background?.service_worker) roots.background = [manifest.background.service_worker];
  const pages: Record<string, string | undefined> = {
    popup: manifest.action?.default_popup,
    'side panel': manifest.side_panel?.default_path,
    options: manifest.options_ui?.page,
  };
  for (const [name, page] of Object.entries(pages)) if (page) roots[name] = [page];
  return Object.fromEntries(
    Object.entries(roots).map(([name, files]) => [name, closure(extensionDir, files)]),
  );
}

export function weigh(extensionDir: string, files: readonly string[]): Weight {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(path.join(extensionDir, file));
    bytes += content.length;
    gzipBytes += gzipSize(content);
  }
  return { files: [...files], bytes, gzipBytes };
}

/** The files reachable from `roots`: scripts and stylesheets of HTML pages, static JS imports. */
function closure(extensionDir: string, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = roots.map(normalise);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(path.join(extensionDir, file), 'utf8');
    const base = path.posix.dirname(file);
    for (const reference of references(file, text)) {
      queue.push(
        normalise(reference.startsWith('/') ? reference : path.posix.join(base, reference)),
      );
    }
  }
  return [...seen].sort();
}

function references(file: string, text: string): string[] {
  if (file.endsWith('.html')) {
    return [...text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
      (match) => match[1] as string,
    );
  }
  if (file.endsWith('.js')) {
    return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.js)["']/g)].map(
      (match) => match[1] as string,
    );
  }
  return [];
}

function normalise(file: string): string {
  return path.posix.normalize(file.replace(/^\/+/, ''));
}
