/**
 * 4. Hover latency in Chromium with the built extension, on the generated page, with the dwell
 * delay stored in the settings beforehand; every popover is checked to show the profile of the
 * name under the pointer.
 */
import type { LensData } from '@/utils/dataset/types';
import type { BenchContext } from '@/scripts/bench/bench-context';
import { launchChromium } from '@/scripts/bench/chromium';
import {
  measureBareFrameCost,
  measureFrameCost,
  type FrameCost,
} from '@/scripts/bench/hover-frame-cost';
import { measureHover, type HoverSample } from '@/scripts/bench/hover-latency';
import { servePages } from '@/scripts/bench/page-server';
import { type Row, unmeasured } from '@/scripts/bench/report';
import { median } from '@/scripts/bench/stats';

const SECTION = '4 Hover';
const METRIC = 'pointer settles → popover painted, beyond dwell';
const DWELL_MS = 300;

export async function hoverSection(context: BenchContext, extensionDir: string): Promise<Row[]> {
  const budget = { limit: 16, kind: 'max' as const };
  const server = await servePages({ '/live-blog.html': context.chromiumPage.html });
  try {
    const browser = await launchChromium(extensionDir);
    const samples: HoverSample[] = [];
    const animated: HoverSample[] = [];
    const turnaround: number[] = [];
    let frameCost: FrameCost;
    let bareFrameCost: number[];
    const url = server.url('/live-blog.html');
    const hovers = context.quick ? 3 : 5;
    try {
      for (let run = 0; run < context.runs; run++) {
        const hover = await measureHover(browser, url, { dwellMs: DWELL_MS, hovers });
        samples.push(...hover.samples);
        turnaround.push(...hover.frameTurnaroundMs);
        const busy = await measureHover(browser, url, {
          dwellMs: DWELL_MS,
          hovers,
          animating: true,
        });
        animated.push(...busy.samples);
      }
      frameCost = await measureFrameCost(browser, url);
    } finally {
      await browser.close();
    }
    const bare = await launchChromium();
    try {
      bareFrameCost = await measureBareFrameCost(bare, url);
    } finally {
      await bare.close();
    }
    for (const sample of [...samples, ...animated]) checkProfile(sample, context.lens);
    const latencies = samples.map((sample) => sample.latencyMs);
    return [
      {
        section: SECTION,
        metric: METRIC,
        value: median(latencies),
        unit: 'ms',
        budget,
        note: `dwell ${DWELL_MS} ms set in storage; ${samples.length} hovers, worst ${Math.max(...latencies).toFixed(1)} ms`,
      },
      {
        section: SECTION,
        metric: '  of which: card shown, beyond dwell',
        value: median(samples.map((sample) => sample.shownMs)),
        unit: 'ms',
        note: "the dwell timer's lateness and the popover's own task",
      },
      {
        section: SECTION,
        metric: '  of which: card shown → painted',
        value: median(samples.map((sample) => sample.paintMs)),
        unit: 'ms',
        note: 'the frame that draws the card, from the moment it is shown',
      },
      {
        section: SECTION,
        metric: 'same, on a page that renders every frame',
        value: median(animated.map((sample) => sample.latencyMs)),
        unit: 'ms',
        note: "a page script's animation-frame loop: the card's frame waits for the display's next tick (up to one frame)",
      },
      {
        section: SECTION,
        metric: 'frame turnaround with nothing changing (floor)',
        value: median(turnaround),
        unit: 'ms',
        note: 'the same "rendered" wait from random moments: what the machine adds to any latency',
      },
      {
        section: SECTION,
        metric: 'frame after any change to the highlighted page',
        value: median(frameCost.withHighlights),
        unit: 'ms',
        note: `a 1 px move of a small box, ${frameCost.ranges} ranges highlighted: Chromium re-validates every range after any DOM or style change`,
      },
      {
        section: SECTION,
        metric: 'same change, highlights removed',
        value: median(frameCost.withoutHighlights),
        unit: 'ms',
        note: `${frameCost.withoutHighlights.length} changes each, same page; the extension's other per-frame work remains`,
      },
      {
        section: SECTION,
        metric: 'same change, without the extension',
        value: median(bareFrameCost),
        unit: 'ms',
        note: 'the same page and change in a browser without NK Lens: what Chromium itself costs',
      },
    ];
  } catch (error) {
    return [unmeasured({ section: SECTION, metric: METRIC, unit: 'ms', budget }, error)];
  } finally {
    await server.close();
  }
}

/** The popover must name the entity the hovered text spells (bare surnames may be anyone's). */
function checkProfile(sample: HoverSample, lens: LensData): void {
  const spelled = lens.entities.filter((entity) =>
    [...entity.aliases, ...entity.acronyms, ...entity.hangul].includes(sample.text),
  );
  const surname = lens.entities.some((entity) => entity.surname === sample.text);
  if (spelled.length === 0 && surname) return;
  if (!spelled.some((entity) => sample.popoverText.includes(entity.name))) {
    throw new Error(
      `Hovering "${sample.text}" showed a popover without its profile: "${sample.popoverText.slice(0, 80)}"`,
    );
  }
}
