/** Describes where and how the benchmark ran, for the report header. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { Environment } from '@/scripts/bench/report';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export function environment(command: string, mode: Environment['mode'], runs: number): Environment {
  return {
    command,
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    load: os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' '),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: tryRun(CHROMIUM_PATH, ['--version'])
      .replace(/^Chromium\s*/, '')
      .replace(/\s+built on.*$/, ''),
    commit: tryRun('git', ['rev-parse', '--short', 'HEAD']),
    mode,
    runs,
  };
}

function tryRun(file: string, args: string[]): string {
  try {
    return execFileSync(file, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unavailable';
  }
}
