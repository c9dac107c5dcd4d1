/** What every benchmark section is given: the run mode and the generated inputs. */
import type { LensData } from '@/utils/dataset/types';
import type { MatcherEntity } from '@/utils/recognition/types';
import type { LiveBlogPage } from '@/scripts/bench/live-blog-page';

export interface BenchContext {
  quick: boolean;
  /** Measured runs per figure; the table shows their median. */
  runs: number;
  lens: LensData;
  /** The synthetic registry: 5,000 generated people and organisations. */
  synthetic: MatcherEntity[];
  /** The live-blog page naming the real dataset's entities. */
  page: LiveBlogPage;
  /** The same kind of page naming entities of the synthetic registry and the real dataset. */
  syntheticPage: LiveBlogPage;
  /** The page loaded in Chromium: the 1 MB page, or a 100 KB one in quick runs. */
  chromiumPage: LiveBlogPage;
  /** The synthetic-registry page loaded in Chromium: 1 MB, or 100 KB in quick runs. */
  chromiumSyntheticPage: LiveBlogPage;
}

export const SEED = 20_251_123;
export const SYNTHETIC_ENTITIES = 5000;
export const PAGE_BYTES = 1_000_000;
export const QUICK_PAGE_BYTES = 100_000;
export const NEWS_TEXT_LENGTH = 1_000_000;
