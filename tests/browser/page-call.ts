/**
 * Turns a function and its arguments into one self-contained expression, so that both drivers run
 * it the same way (Playwright's evaluate takes a single argument; Puppeteer's takes several).
 */
export function callExpression(fn: (...args: never[]) => unknown, args: unknown[]): string {
  return `(${fn.toString()})(...${JSON.stringify(args)})`;
}
