/**
 * Namesakes with ordinary jobs, read with the committed registry (data/generated/lens.json): an
 * occupation right after or before a Hangul name, one that ends a longer word, and one after the
 * employer's name make it someone else's; a post a person of the dataset holds is theirs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LensData } from '@/utils/dataset/types';
import { compileRecognizer } from '@/utils/recognition/recognizer';

const lens = JSON.parse(readFileSync('data/generated/lens.json', 'utf8')) as LensData;
const recognizer = compileRecognizer(lens.entities);
const read = (text: string) =>
  recognizer
    .scan(text)
    .map(
      (mention) => `${mention.text} → ${mention.id}${mention.backref ? ' (back-reference)' : ''}`,
    );

describe('namesakes with ordinary jobs', () => {
  it.each([
    // Right after the name.
    '최선희 애널리스트는 말했다.',
    '김성 판사는 판결했다.',
    '김성 검사는 기소했다.',
    '최태복 목사는 말했다.',
    '김영남 신부는 강론했다.',
    '김성 스님은 말했다.',
    '최선희 교사는 말했다.',
    '최선희 구의원은 말했다.',
    '최선희 시의원은 말했다.',
    '최선희 도의원은 말했다.',
    '이수용 학생회장은 말했다.',
    '최선희 교수는 말했다.',
    '김정은 특파원이 전했다.',
    '김성 논설위원은 썼다.',
    '김선경 서울중앙지검 부장검사는 말했다.',
    '김영남 대법관은 말했다.',
    '최선희 팀장은 말했다.',
    // Right before it.
    '변호사 김성은 말했다.',
    '검사 김성은 말했다.',
    '신부 김영남은 말했다.',
    '스님 김성은 말했다.',
    // Ending a longer word.
    '담당변호사 김성',
    '이수용 총학생회장은 말했다.',
    '최선희 펀드매니저는 말했다.',
    '사진기자 김영남',
    '최선희 메인앵커가 진행했다.',
    '김성 부장판사는 말했다.',
    '최태복 담임목사는 말했다.',
    '최선희 경기도의원은 말했다.',
    '최선희 서울시의원은 말했다.',
    '최선희 강남구의원은 말했다.',
    '최선희 명예교수는 말했다.',
    // After the employer's name.
    '최선희 한국투자신탁운용 매니저는 말했다.',
    '최선희 SK 애널리스트는 말했다.',
    '이수용 연합뉴스 기자가 전했다.',
    '이수용 KBS PD가 연출했다.',
    '이수용 KBS 피디가 연출했다.',
    '최선희 이화여대 교수는 말했다.',
    '최선희 삼성증권 애널리스트는 말했다.',
    '김성 법무법인 변호사는 말했다.',
  ])('%s is nobody the extension knows', (text) => {
    expect(read(text).filter((mention) => mention.includes('person.'))).toEqual([]);
  });

  it('gives the namesake the surname with the title', () => {
    expect(read('최선희 구의원은 말했다. 최 의원은 덧붙였다.')).toEqual([]);
  });

  it.each([
    ['김정은 국무위원장은 말했다.', '김정은 → person.kim-jong-un'],
    ['최선희 외무상은 말했다.', '최선희 → person.choe-son-hui'],
    ['김여정 부부장은 말했다.', '김여정 → person.kim-yo-jong'],
    ['김정은 위원장의 기자회견은 없었다.', '김정은 → person.kim-jong-un'],
    // A post a person of the dataset holds, or whose role names no office, is theirs.
    ['박원곤 교수는 말했다.', '박원곤 → person.park-won-gon'],
    ['조한범 연구위원은 말했다.', '조한범 → person.cho-han-bum'],
    ['정성장 수석연구위원은 말했다.', '정성장 → person.cheong-seong-chang'],
    // A name with particles joined has no occupation after it.
    ['김정은이 기자에게 말했다.', '김정은 → person.kim-jong-un'],
    // Two Hangul syllables alone between are the reporter's beat, no employer.
    ['김정은 담당 기자가 썼다.', '김정은 → person.kim-jong-un'],
    // Nor is the person's own title, nor a word with particles.
    ['트럼프 대통령은 기자의 질문에 답했다.', '트럼프 → person.donald-trump'],
    ['이재명 대통령은 변호사 시절을 말했다.', '이재명 → person.lee-jae-myung'],
    ['김정은 평양에서 기자에게 말했다.', '김정은 → person.kim-jong-un'],
    // After a word between, only a post is read: 감독 is also oversight.
    ['김정은 국무위원장 감독 아래 진행됐다.', '김정은 → person.kim-jong-un'],
    // Nor is a check-up a prosecutor, nor incitement a teacher.
    ['김정은 건강검사 결과.', '김정은 → person.kim-jong-un'],
    ['김정은 살인교사 혐의.', '김정은 → person.kim-jong-un'],
  ])('%s stays the official', (text, mention) => {
    expect(read(text)).toEqual([mention]);
  });
});
