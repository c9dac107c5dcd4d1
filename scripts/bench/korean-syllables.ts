/**
 * Romanized Korean syllables for generated names: the North Korean spelling used in the
 * registry, the South Korean spelling a reader may type instead, and the Hangul.
 */
export interface Syllable {
  north: string;
  south: string;
  hangul: string;
}

const table = (rows: string): Syllable[] =>
  rows
    .trim()
    .split(/\s*,\s*/)
    .map((row) => {
      const [north = '', south = '', hangul = ''] = row.split(/\s+/);
      return { north, south, hangul };
    });

export const SURNAMES: readonly Syllable[] = table(`
  Kim Kim 김, Ri Lee 리, Pak Park 박, Choe Choi 최, Jong Jeong 정, Kang Kang 강, Jo Cho 조,
  Han Han 한, Yun Yoon 윤, Jang Chang 장, O Oh 오, Ryu Yoo 류, Hong Hong 홍, Ko Ko 고,
  Mun Moon 문, Yang Yang 양, Son Son 손, Ju Joo 주, Song Song 송, Hwang Hwang 황,
  Sin Shin 신, Chon Jeon 전, Ho Heo 허, Nam Nam 남, Ryang Yang 량, Thae Tae 태,
  Paek Baek 백, Rim Lim 림, Kwon Kwon 권, An Ahn 안
`);

export const GIVEN_SYLLABLES: readonly Syllable[] = table(`
  Jong Jeong 정, Un Eun 은, Chol Cheol 철, Su Soo 수, Il Il 일, Nam Nam 남, Hyok Hyeok 혁,
  Myong Myeong 명, Kyong Kyung 경, Chang Chang 창, Ho Ho 호, Ryong Yong 룡, Sun Soon 순,
  Hui Hee 희, Yong Young 영, Gwang Kwang 광, Hak Hak 학, Song Seong 성, Min Min 민,
  Hyon Hyun 현, Chun Choon 춘, Sok Seok 석, Thae Tae 태, Ok Ok 옥, Mi Mi 미, Hwa Hwa 화,
  Gil Gil 길, Dok Deok 덕, Yo Yeo 여, Ju Joo 주, Jin Jin 진, Won Won 원, Bong Bong 봉,
  Chan Chan 찬, Kuk Guk 국, Sam Sam 삼, Ung Woong 웅, Pyong Pyeong 평, Sil Sil 실
`);
