import { launchChromium } from '@/tests/browser/chromium-session';
import { launchFirefox } from '@/tests/browser/firefox-session';
import type { BrowserName, LaunchOptions, Session } from '@/tests/browser/session';

/** Starts `name` with the built extension (from .output/) installed, in a fresh profile. */
export function launch(name: BrowserName, options?: LaunchOptions): Promise<Session> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
