/** `matcher.json` as the content script imports it: its entities encoded by `encodeMatcherText`. */
declare module '*/matcher.json?text' {
  const matcher: import('@/utils/dataset/matcher-text').MatcherText;
  export default matcher;
}
