import { describe, expect, it } from 'vitest';
import { entityOwners, linkKeys, ownerKey } from '@/utils/recognition/owners';
import { UnitCache } from '@/utils/recognition/units';

const cache = new UnitCache();
const key = (word: string) => ownerKey({ clean: word, hangul: false }, cache);

describe('entityOwners', () => {
  it('takes the first word of each qualifier before a generic name', () => {
    expect(
      entityOwners(
        ['DPRK Foreign Ministry', 'Foreign Ministry', "North Korea's Foreign Ministry"],
        cache,
      ),
    ).toEqual({ links: ['of'], owners: [key('DPRK'), key('North')].sort() });
  });

  it('takes the link and the first word after it, "the" aside, for a qualifier after', () => {
    expect(
      entityOwners(['Political Bureau', 'Political Bureau of the WPK Central Committee'], cache),
    ).toEqual({ links: ['of'], owners: ['=WPK'] });
    expect(entityOwners(['UN office in Seoul', 'UN office'], cache)).toEqual({
      links: ['in', 'of'],
      owners: [key('Seoul')],
    });
  });

  it('finds none where no name qualifies another', () => {
    expect(entityOwners(['Korean Central News Agency'], cache)).toBeUndefined();
    expect(entityOwners(['Sejong Institute', 'Sejong'], cache)).toBeUndefined();
  });
});

describe('ownerKey and linkKeys', () => {
  it('key a word in capitals as written and any other by its units', () => {
    expect(key('DPRK')).toBe('=DPRK');
    expect(key('Pyongyang')).toBe(key('pyongyang'));
    expect(linkKeys(cache)).toEqual([key('of'), key('in'), key('on')]);
  });
});
