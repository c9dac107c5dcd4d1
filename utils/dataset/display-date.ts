/**
 * Dataset dates (ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`) as the popover, popup and side panel show
 * and order them.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * "13 December 2019", "December 2019", "2019" (`short`: "13 Dec 2019", "Dec 2019"); anything else
 * is returned as given.
 */
export function formatDate(iso: string, month: 'long' | 'short' = 'long'): string {
  const match = PARTIAL_DATE.exec(iso);
  if (!match) return iso;
  const [, year, monthNumber, day] = match;
  const fullName = monthNumber === undefined ? undefined : MONTHS[Number(monthNumber) - 1];
  if (fullName === undefined) return year ?? iso;
  const monthName = month === 'short' ? fullName.slice(0, 3) : fullName;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** Orders partial ISO dates by the first day they may mean: "2018" sorts with "2018-01-01". */
export function compareDates(a: string, b: string): number {
  const start = (iso: string) => (iso + '-01-01').slice(0, 10);
  const left = start(a);
  const right = start(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
