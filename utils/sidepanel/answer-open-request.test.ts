import { describe, expect, it, vi } from 'vitest';
import { answerOpenRequest } from '@/utils/sidepanel/answer-open-request';
import { FIREFOX_SIDEBAR_HINT } from '@/utils/sidepanel/open-side-panel';

const deps = (firefox: boolean, open: (tabId: number) => Promise<void>) => ({
  firefox,
  openPanel: vi.fn(open),
  requestProfile: vi.fn(() => Promise.resolve()),
});

describe('answerOpenRequest', () => {
  it('in Chrome, opens the panel synchronously, before answering, and asks for the profile', async () => {
    const d = deps(false, () => Promise.resolve());
    const answer = answerOpenRequest('person.kim-song', 7, d);
    // Called during the listener itself: still inside the reader's gesture.
    expect(d.openPanel).toHaveBeenCalledWith(7);
    expect(d.requestProfile).toHaveBeenCalledWith('person.kim-song');
    expect(await answer).toEqual({ opened: true });
  });

  it('in Chrome, turns a refusal into a hint for the reader', async () => {
    const d = deps(false, () => Promise.reject(new Error('No user gesture')));
    const answer = await answerOpenRequest('person.kim-song', 7, d);
    expect(answer.opened).toBe(false);
    if (!answer.opened) expect(answer.hint).toContain('No user gesture');
    expect(d.requestProfile).toHaveBeenCalled();
  });

  it('in Chrome, answers with a hint when opening throws at once', async () => {
    const d = deps(false, () => {
      throw new Error('sidePanel is not available');
    });
    const answer = await answerOpenRequest('person.kim-song', 7, d);
    expect(answer).toMatchObject({ opened: false });
  });

  it('in Firefox, does not try to open the sidebar and answers with the keyboard hint', () => {
    const d = deps(true, () => Promise.resolve());
    expect(answerOpenRequest('person.kim-song', 7, d)).toEqual({
      opened: false,
      hint: FIREFOX_SIDEBAR_HINT,
    });
    expect(d.openPanel).not.toHaveBeenCalled();
    expect(d.requestProfile).toHaveBeenCalledWith('person.kim-song');
  });
});
