import { describe, expect, it } from 'vitest';
import type { HoverProfile } from '@/utils/hover/hover-profile';
import { ProfileRequests } from '@/utils/hover/profile-requests';

const profile = (id: string): HoverProfile => ({
  entity: {
    id,
    type: 'person',
    name: id,
    northKorean: true,
    hangul: [],
    roles: [],
    summary: '',
    excerpt: { doc: 'a.txt', sentence: 0, text: 'x', start: 0, end: 1, kind: 'evidence' },
  },
  organisations: {},
  source: null,
});

/** A background whose answers the test releases by hand, counting what it was asked. */
function background() {
  const asked: string[] = [];
  const waiting: {
    id: string;
    resolve: (p: HoverProfile | null) => void;
    reject: (e: Error) => void;
  }[] = [];
  const ask = (id: string) => {
    asked.push(id);
    return new Promise<HoverProfile | null>((resolve, reject) =>
      waiting.push({ id, resolve, reject }),
    );
  };
  return { asked, waiting, ask };
}

describe('ProfileRequests', () => {
  it('asks once per entity while the answer is on its way, and keeps the answer', async () => {
    const bg = background();
    const requests = new ProfileRequests(bg.ask);
    const first = requests.request('a');
    const second = requests.request('a');
    expect(bg.asked).toEqual(['a']);
    expect(requests.answer('a')).toBeUndefined();
    bg.waiting[0]!.resolve(profile('a'));
    expect(await first).toEqual({ profile: profile('a') });
    expect(await second).toEqual({ profile: profile('a') });
    expect(requests.answer('a')).toEqual({ profile: profile('a') });
    expect(await requests.request('a')).toEqual({ profile: profile('a') });
    expect(bg.asked).toEqual(['a']);
  });

  it('says why when the background fails or knows no such profile, and asks again next time', async () => {
    const bg = background();
    const requests = new ProfileRequests(bg.ask);
    const failed = requests.request('a');
    bg.waiting[0]!.reject(new Error('Could not establish connection.'));
    expect(await failed).toEqual({
      error: 'Could not load the profile: Could not establish connection.',
    });
    expect(requests.answer('a')).toEqual(await failed);
    const unknown = requests.request('a');
    expect(bg.asked).toEqual(['a', 'a']);
    bg.waiting[1]!.resolve(null);
    expect(await unknown).toEqual({ error: 'NK Lens has no profile for this name.' });
  });

  it('turns an error thrown while asking into an answer', async () => {
    const requests = new ProfileRequests(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(await requests.request('a')).toEqual({
      error: 'Could not load the profile: Extension context invalidated.',
    });
  });
});
