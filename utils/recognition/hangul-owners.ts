/**
 * Countries as Korean news writes them before a body of theirs, in Hangul or as one Hanja
 * character: 일본 외무성 (Japan's foreign ministry), 日 외무성, 영국 노동당 (Britain's Labour
 * Party), 중국 공산당 정치국. A body of North Korea's own, written in Hangul right after one, is
 * that country's (see `acceptable` in recognizer.ts).
 */
const FOREIGN_OWNER = new RegExp(
  // A word of its own: 일본 외무성, not 내일본 외무성.
  '(?<![\uac00-\ud7a3])(?:' +
    [
      '일본',
      '중국',
      '러시아',
      // As KCNA writes Russia.
      '로씨야(?:련방)?',
      '미국',
      '영국',
      '호주',
      '프랑스',
      '독일',
      '캐나다',
      '대만',
      '베트남',
      '이스라엘',
      '이란',
      '인도',
      '브라질',
      '우크라이나',
      '튀르키예',
      '터키',
      '뉴질랜드',
      '노르웨이',
      '아일랜드',
      '스웨덴',
      '네덜란드',
      '스페인',
      '이탈리아',
      '멕시코',
      '몽골',
      '쿠바',
      '라오스',
      '벨라루스',
      // A party of its own: 중국 공산당 정치국, 베트남 공산당 정치국.
      '공산당',
      '[日中美英露佛獨]',
    ].join('|') +
    // A word between the country and its body: 영국 집권 노동당, 중국 공산당 중앙위원회 정치국.
    ')(?:의)?(?:\\s+(?:집권|여당|야당|중앙위원회))?\\s*$',
  'u',
);

/** How far back the owner is looked for: more than the longest owner, its 의 and spaces. */
const REACH = 24;

/** True when the text right before offset `start` names another country as the owner. */
export function foreignOwnerBefore(text: string, start: number): boolean {
  return FOREIGN_OWNER.test(text.slice(Math.max(0, start - REACH), start));
}
