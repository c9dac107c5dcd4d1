import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import matcher from '@/data/generated/matcher.json?text';
import { mountPopover } from '@/entrypoints/content/popover';
import { announceEntityChanges, answerPageMessages } from '@/entrypoints/content/page-messages';
import { createLensRecognizer } from '@/utils/page/lens-recognizer';
import { createPageLens } from '@/utils/page/page-lens';
import { isSiteEnabled } from '@/utils/settings/site';
import { getSettings, watchSettings } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/schema';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx: ContentScriptContext) {
    const recognizer = createLensRecognizer(matcher);
    const lens = createPageLens(ctx, document, recognizer, recognizer.categoryOf);
    let settings = await getSettings();
    const topFrame = window.self === window.top;
    const announcer = topFrame ? announceEntityChanges(ctx, lens) : undefined;

    const follow = (next: Settings, restart: boolean): void => {
      settings = next;
      const enabled = isSiteEnabled(next, location.hostname);
      if (!enabled) {
        if (lens.isRunning()) lens.stop();
      } else {
        if (restart || !lens.isRunning()) lens.start();
        lens.applySettings(next);
      }
      announcer?.changed();
    };

    follow(settings, true);
    ctx.onInvalidated(watchSettings((next) => follow(next, false)));
    ctx.addEventListener(window, 'wxt:locationchange', () => follow(settings, true));
    if (announcer) answerPageMessages(ctx, lens, announcer);
    // In every frame: the top frame shows the popover, child frames report their hovers to it.
    mountPopover(ctx, {
      mentions: lens.index,
      readAll: () => lens.readAll(),
      entityOf: recognizer.entityOf,
      settings: () => settings,
    });
    document.documentElement.dataset.nkLens = 'ready';
  },
});
