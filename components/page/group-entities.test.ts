import { describe, expect, it } from 'vitest';
import { indexDataset } from '@/components/profile/dataset-context';
import { fixtureDataset } from '@/components/profile/dataset.fixture';
import { groupPageEntities } from '@/components/page/group-entities';

const { profile } = indexDataset(fixtureDataset);

describe('groupPageEntities', () => {
  it('groups officials before forums, most mentioned first, with totals', () => {
    const groups = groupPageEntities(
      [
        { id: 'un-general-assembly', count: 2 },
        { id: 'kim-song', count: 1 },
        { id: 'kim-son-gyong', count: 5 },
      ],
      profile,
    );
    expect(groups.map((g) => g.category)).toEqual(['official', 'forum']);
    expect(groups[0]?.entries.map((e) => e.profile.id)).toEqual(['kim-son-gyong', 'kim-song']);
    expect(groups[0]?.mentions).toBe(6);
    expect(groups[1]?.mentions).toBe(2);
  });

  it('leaves out unknown ids and zero counts, and returns nothing for an empty page', () => {
    expect(
      groupPageEntities(
        [
          { id: 'nobody', count: 3 },
          { id: 'kim-song', count: 0 },
        ],
        profile,
      ),
    ).toEqual([]);
    expect(groupPageEntities([], profile)).toEqual([]);
  });
});
