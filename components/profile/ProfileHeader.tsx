import type { Profile } from '@/utils/dataset/types';
import { CATEGORY_LABELS, TYPE_LABELS } from '@/components/ui/labels';

export function ProfileHeader({ profile }: { profile: Profile }) {
  const otherNames = [...profile.variants, ...profile.acronyms];
  return (
    <header class="profile-header">
      <h2 id={`profile-${profile.id}`}>{profile.name}</h2>
      {profile.hangul.length > 0 && (
        <p class="hangul" lang="ko">
          {profile.hangul.join(' · ')}
        </p>
      )}
      <p class="meta">
        {TYPE_LABELS[profile.type]} · {CATEGORY_LABELS[profile.category]}
      </p>
      {otherNames.length > 0 && (
        <p class="variants">
          <span class="label">Also written </span>
          {otherNames.join(', ')}
        </p>
      )}
    </header>
  );
}
