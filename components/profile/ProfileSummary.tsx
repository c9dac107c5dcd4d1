import type { Profile, SentenceRef } from '@/utils/dataset/types';
import { SourceLine } from '@/components/profile/SourceLine';

/** The summary and the sentences it rests on (their text taken from the profile's evidence). */
export function ProfileSummary({ profile }: { profile: Profile }) {
  if (!profile.summary.text) return null;
  const sentence = (ref: SentenceRef) =>
    profile.evidence.find((span) => span.doc === ref.doc && span.sentence === ref.sentence)?.text;
  return (
    <section aria-labelledby="summary-heading">
      <h3 id="summary-heading">Summary</h3>
      <p class="summary">{profile.summary.text}</p>
      {profile.summary.sources.length > 0 && (
        <details class="sources">
          <summary>Sources ({profile.summary.sources.length})</summary>
          <ul>
            {profile.summary.sources.map((ref) => (
              <li key={`${ref.doc}-${ref.sentence}`}>
                <blockquote class="evidence">
                  {sentence(ref) && <p>{sentence(ref)}</p>}
                  <footer>
                    <SourceLine source={ref} />
                  </footer>
                </blockquote>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
