/**
 * The popover's profiles, asked of the background once per entity as a reader starts to rest on
 * a name, so the answer is usually there when the dwell delay ends. A failed request is asked
 * again the next time.
 */
import type { HoverProfile } from '@/utils/hover/hover-profile';

export type ProfileAnswer = { profile: HoverProfile } | { error: string };

export class ProfileRequests {
  private readonly answers = new Map<string, ProfileAnswer>();
  private readonly pending = new Map<string, Promise<ProfileAnswer>>();

  constructor(private readonly ask: (id: string) => Promise<HoverProfile | null>) {}

  /** The last answer that arrived for `id`, if any. */
  answer(id: string): ProfileAnswer | undefined {
    return this.answers.get(id);
  }

  /** Asks for `id` unless its profile is here or on its way; settles with the answer, never rejects. */
  request(id: string): Promise<ProfileAnswer> {
    const known = this.answers.get(id);
    if (known && 'profile' in known) return Promise.resolve(known);
    return this.pending.get(id) ?? this.send(id);
  }

  private send(id: string): Promise<ProfileAnswer> {
    const settled = new Promise<HoverProfile | null>((resolve) => resolve(this.ask(id)))
      .then(
        (profile): ProfileAnswer =>
          profile ? { profile } : { error: 'NK Lens has no profile for this name.' },
        (error: unknown): ProfileAnswer => ({
          error: `Could not load the profile: ${error instanceof Error ? error.message : String(error)}`,
        }),
      )
      .then((answer) => {
        this.pending.delete(id);
        this.answers.set(id, answer);
        return answer;
      });
    this.pending.set(id, settled);
    return settled;
  }
}
