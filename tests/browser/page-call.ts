/**
 * Turns a function and its arguments into one self-contained expression, so that both drivers run
 * it the same way (Playwright's evaluate takes a single argument; Puppeteer's takes several).
 * `__name` is defined as a no-op because esbuild-based loaders (tsx) wrap named inner functions
 * in calls to it, and the page has no such helper.
 */
export function callExpression(fn: (...args: never[]) => unknown, args: unknown[]): string {
  return `((__name) => (${fn.toString()})(...${JSON.stringify(args)}))((f) => f)`;
}
