import type { Profile } from '@/utils/dataset/types';
import { ProfileEvidence } from '@/components/profile/ProfileEvidence';
import { ProfileHeader } from '@/components/profile/ProfileHeader';
import { ProfileQuotes } from '@/components/profile/ProfileQuotes';
import { ProfileRelated } from '@/components/profile/ProfileRelated';
import { ProfileRoles } from '@/components/profile/ProfileRoles';
import { ProfileSummary } from '@/components/profile/ProfileSummary';
import { ProfileTimeline } from '@/components/profile/ProfileTimeline';

/** A full profile, every fact with its corpus sentence. Shared by the popup and the side panel. */
export function ProfileView({
  profile,
  onOpenEntity,
}: {
  profile: Profile;
  onOpenEntity: (id: string) => void;
}) {
  return (
    <article class="profile" aria-labelledby={`profile-${profile.id}`}>
      <ProfileHeader profile={profile} />
      <ProfileSummary profile={profile} />
      <ProfileRoles roles={profile.roles} onOpenEntity={onOpenEntity} />
      <ProfileQuotes quotes={profile.quotes} />
      <ProfileTimeline timeline={profile.timeline} />
      <ProfileRelated profile={profile} onOpenEntity={onOpenEntity} />
      <ProfileEvidence profile={profile} />
    </article>
  );
}
