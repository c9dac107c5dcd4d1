import type { Quote } from '@/utils/dataset/types';
import { SourceLine } from '@/components/profile/SourceLine';

export function ProfileQuotes({ quotes }: { quotes: Quote[] }) {
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby="quotes-heading">
      <h3 id="quotes-heading">Quotes</h3>
      <ul class="facts">
        {quotes.map((quote) => (
          <li key={`${quote.doc}-${quote.start}`}>
            <figure class="quote">
              <blockquote>
                <p>“{quote.quote}”</p>
              </blockquote>
              <figcaption>
                <details>
                  <summary>In context</summary>
                  <p class="evidence-text">{quote.text}</p>
                </details>
                <SourceLine source={quote} />
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
