import type { ComponentChildren } from 'preact';
import type { Span } from '@/utils/dataset/types';
import { SourceLine } from '@/components/profile/SourceLine';

/** A fact with the corpus sentence it comes from and that sentence's article. */
export function Cited({ source, children }: { source: Span; children?: ComponentChildren }) {
  return (
    <div class="cited">
      {children}
      <blockquote class="evidence">
        <p>{source.text}</p>
        <footer>
          <SourceLine source={source} />
        </footer>
      </blockquote>
    </div>
  );
}
