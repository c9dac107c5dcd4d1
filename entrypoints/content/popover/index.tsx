import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Popover } from '@/components/popover/Popover';
import { formatCitation } from '@/utils/hover/citation';
import { HoverIntent } from '@/utils/hover/hover-intent';
import { profileCard, unavailableCard } from '@/utils/hover/profile-card';
import { ProfileRequests, type ProfileAnswer } from '@/utils/hover/profile-requests';
import { stepIndex, type NavigationKey } from '@/utils/hover/shortcut';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import type { BundledEntity } from '@/utils/page/lens-recognizer';
import { publishedDate } from '@/utils/page/published-date';
import type { MentionIndex, PageMention } from '@/utils/page/types';
import type { Settings } from '@/utils/settings/schema';
import { copyText } from '@/entrypoints/content/popover/clipboard';
import { paintFocus } from '@/entrypoints/content/popover/focus-highlight';
import { relayToTopFrame } from '@/entrypoints/content/popover/frame-relay';
import { createPopoverHost, type PopoverHost } from '@/entrypoints/content/popover/host';
import {
  frameTarget,
  pageTarget,
  type HoverTarget,
} from '@/entrypoints/content/popover/hover-target';
import { watchKeys } from '@/entrypoints/content/popover/keyboard';
import { mentionAtPoint } from '@/entrypoints/content/popover/mention-at-point';
import { popoverTheme } from '@/entrypoints/content/popover/page-theme';
import { watchPointer } from '@/entrypoints/content/popover/pointer';
import { followAnchor } from '@/entrypoints/content/popover/position';

/** How long the popover stays after the pointer leaves its name, so the pointer can reach it. */
const GRACE_MS = 300;

/**
 * How long before the end of the dwell delay the card is rendered, hidden, when its profile is
 * there: time for the render and the frame after it, so that the end of the delay only shows it.
 */
const PREPARE_MS = 100;

export interface PopoverDeps {
  mentions: MentionIndex;
  /** Reads the rest of the page: moving between mentions speaks of all of them. */
  readAll: () => Promise<void>;
  /** The bundled entity of an id: its name and type, for a card whose profile cannot be had. */
  entityOf: (id: string) => BundledEntity | undefined;
  settings: () => Settings;
}

/**
 * Shows a profile popover for the names on the page: after hovering one for the dwell delay, or
 * at once when Alt+Shift+N / Alt+Shift+P moves to the next or previous name. Call it in every
 * frame: the top frame shows the popover; same-origin child frames report their hovers to it.
 */
export function mountPopover(ctx: ContentScriptContext, deps: PopoverDeps): void {
  if (window !== window.top) {
    relayToTopFrame(ctx, deps.mentions, deps.settings);
    return;
  }
  // Made when a card is first drawn: a page whose reader never rests on a name is never touched.
  let made: PopoverHost | undefined;
  const host = (): PopoverHost => (made ??= createPopoverHost());
  // Profiles come from the background, asked for as the pointer starts to rest on a name.
  const profiles = new ProfileRequests((id) => sendMessage('getProfile', { id }));
  let shadowRoots = deps.mentions.shadowRoots();
  let stopFollowing: (() => void) | undefined;
  let status = '';
  /** The target whose card the host holds, showing or made ready while hidden. */
  let drawn: HoverTarget | undefined;
  /** Set when the keyboard opened the popover: focus goes into it, and back here on close. */
  let returnFocus: Element | null = null;
  let lastNavigated: string | undefined;

  const shown = (target: { id: string; category: PageMention['category'] }) =>
    deps.entityOf(target.id) !== undefined && deps.settings().categories[target.category];

  /** A name the pointer starts to rest on: its profile is asked for now, if it is not here. */
  const reached = (target: HoverTarget | undefined) => {
    if (target) void profiles.request(target.id);
    return target;
  };

  const draw = (target: HoverTarget, answer: ProfileAnswer) => {
    const entity = deps.entityOf(target.id);
    if (!entity) return;
    render(
      <Popover
        card={
          'profile' in answer
            ? profileCard(answer.profile, publishedDate(document))
            : unavailableCard(entity, answer.error)
        }
        theme={popoverTheme(deps.settings().theme)}
        status={status}
        onOpenSidePanel={() => openSidePanel(target.id)}
        onCopyCitation={() => void copyCitation(target.id)}
        onFindNext={() => void findNext(target)}
        onClose={close}
      />,
      host().mountPoint,
    );
    drawn = target;
  };

  const intent = new HoverIntent<HoverTarget>({
    dwellMs: () => deps.settings().dwellMs,
    graceMs: GRACE_MS,
    timers: {
      set: (callback, ms) => ctx.setTimeout(callback, ms),
      clear: (handle) => clearTimeout(handle),
    },
    prepareMs: PREPARE_MS,
    prepare: (target) => {
      const answer = profiles.answer(target.id);
      if (!answer || !('profile' in answer)) return;
      status = '';
      draw(target, answer);
    },
    show: (target) => {
      status = '';
      const answer = profiles.answer(target.id);
      if (answer && 'profile' in answer) present(target, answer);
      // A slow background: the popover opens when the answer arrives, if still wanted.
      else
        void profiles.request(target.id).then((late) => {
          if (intent.current === target) present(target, late);
        });
    },
    hide: () => {
      // Read before the popover's content, and with it the focused element, goes away.
      const focusInside = made !== undefined && document.activeElement === made.element;
      stopFollowing?.();
      stopFollowing = undefined;
      if (made) render(null, made.mountPoint);
      drawn = undefined;
      made?.setVisible(false);
      paintFocus(undefined);
      if (focusInside && returnFocus instanceof HTMLElement) returnFocus.focus();
      returnFocus = null;
    },
  });

  function present(target: HoverTarget, answer: ProfileAnswer) {
    if (drawn !== target) draw(target, answer);
    host().setVisible(true);
    stopFollowing?.();
    stopFollowing = followAnchor(target.anchor, host());
    if (returnFocus) host().root.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  const setStatus = (text: string) => {
    status = text;
    const target = intent.current;
    const answer = target && profiles.answer(target.id);
    if (target && answer) draw(target, answer);
  };

  function close() {
    intent.close();
  }

  function openSidePanel(id: string) {
    // Sent inside the click so Chrome can open its side panel in the same user gesture; Firefox
    // cannot open its sidebar from a page, and the answer says how the reader can.
    sendMessage('openSidePanel', { id }).then(
      (result) => setStatus(result.opened ? '' : result.hint),
      (error: unknown) => setStatus(`Could not open the side panel: ${String(error)}`),
    );
  }

  async function copyCitation(id: string) {
    const answer = profiles.answer(id);
    if (!answer || !('profile' in answer)) return;
    try {
      await copyText(formatCitation(answer.profile), host().root);
      setStatus('Citation copied.');
    } catch (error) {
      setStatus(`Could not copy the citation: ${String(error)}`);
    }
  }

  /** Moves to `mention`: scrolled into view, painted, its popover shown at once. */
  function focusMention(mention: PageMention) {
    lastNavigated = mention.key;
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    paintFocus(mention.range);
    intent.showNow(pageTarget(mention));
  }

  /** Moves to the next mention of the same entity in this page (from a frame: the first one). */
  async function findNext(target: HoverTarget) {
    await deps.readAll();
    const same = deps.mentions.mentions().filter((other) => other.id === target.id);
    const index = same.findIndex((other) => other.key === target.key);
    const next = same[stepIndex(same.length, index, 'next') ?? -1];
    if (!next || next.key === target.key) {
      setStatus('This is the only mention on this page.');
      return;
    }
    focusMention(next);
    setStatus(`Mention ${same.indexOf(next) + 1} of ${same.length} on this page.`);
  }

  async function navigate(key: NavigationKey) {
    await deps.readAll();
    const list = deps.mentions.mentions().filter(shown);
    const currentKey = intent.current?.key ?? lastNavigated;
    const next =
      list[
        stepIndex(
          list.length,
          list.findIndex((m) => m.key === currentKey),
          key,
        ) ?? -1
      ];
    if (!next) return;
    if (!returnFocus || returnFocus === made?.element) returnFocus = document.activeElement;
    focusMention(next);
  }

  watchPointer(ctx, () => made?.element, {
    popover: (inside) => (inside ? intent.popoverEnter() : intent.popoverLeave()),
    point: (x, y, restedMs) => {
      const mention = mentionAtPoint(document, deps.mentions, x, y, shadowRoots);
      intent.pointerOver(
        reached(mention && shown(mention) ? pageTarget(mention) : undefined),
        restedMs,
      );
    },
    leave: () => intent.pointerOver(undefined),
  });
  watchKeys(ctx, {
    navigate: (key) => void navigate(key),
    escape: () => {
      const open = intent.current !== undefined;
      close();
      return open;
    },
  });
  ctx.addEventListener(
    window,
    'pointerdown',
    (event: PointerEvent) => {
      if (intent.current && (!made || !event.composedPath().includes(made.element))) close();
    },
    { capture: true },
  );
  const stopFrameEvents = onMessage('frameEvent', ({ data }) => {
    if (data.type !== 'hover') close();
    else
      intent.pointerOver(
        reached(data.mention && shown(data.mention) ? frameTarget(data.mention) : undefined),
      );
  });

  const stopWatchingMentions = deps.mentions.onChange(() => {
    shadowRoots = deps.mentions.shadowRoots();
    const current = intent.current?.mention;
    if (current && !deps.mentions.has(current.key)) close();
  });
  ctx.onInvalidated(() => {
    stopWatchingMentions();
    stopFrameEvents();
    close();
    made?.remove();
  });
}
