/**
 * Common Western given names, lowercase: at a sentence's start, where any word is capitalised,
 * one of these before a bare surname still reads as a given name written first ("Andrew Kim, a
 * former CIA official, said"; "Jenny Lee agreed"). Names that are also common English words a
 * sentence may start with (Will, Mark, Bill, Grant, Hope, May, Frank, Don) are left out.
 */
const GIVEN_NAMES = new Set(
  [
    'aaron adam adrian alan albert alex alexander alice alison amanda amy andrea andrew andy angela',
    'anna anne anthony ashley barbara ben benjamin beth brad brian bruce carl carol caroline',
    'catherine charles charlie chris christina christine christopher claire daniel david deborah',
    'dennis diana donald doug douglas edward elizabeth ellen emily emma eric erin ethan evan',
    'frances gary george gordon greg gregory hannah harry heather helen henry ian jacob james jane',
    'janet jason jean jeff jeffrey jennifer jenny jeremy jessica jim joan joe john jonathan joseph',
    'joshua julia julie justin karen kate katherine kathleen keith kelly kevin kyle laura lauren',
    'linda lisa louise lucy margaret maria marie martha martin mary matthew megan melissa michael',
    'michelle mike nancy nathan nicholas nick nicole olivia pamela patricia patrick paul peter',
    'philip rachel rebecca richard robert roger ronald ryan sam samuel sandra sarah scott sean',
    'sharon simon sophie stephanie stephen steve steven susan thomas tim timothy tom tony victoria',
    'vincent walter william',
  ]
    .join(' ')
    .split(' '),
);

/** True when `folded` (a word lowercased, diacritics stripped) is one of `GIVEN_NAMES`. */
export function isWesternGivenName(folded: string): boolean {
  return GIVEN_NAMES.has(folded);
}
