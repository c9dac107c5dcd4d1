/**
 * Dates as the popover reads and shows them. Dataset dates are ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
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

/** "13 December 2019", "December 2019", "2019"; anything else is returned as given. */
export function formatDate(iso: string): string {
  const match = PARTIAL_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? iso;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** Orders partial ISO dates by the first day they may mean: "2018" sorts with "2018-01-01". */
export function compareDates(a: string, b: string): number {
  const start = (iso: string) => (iso + '-01-01').slice(0, 10);
  const left = start(a);
  const right = start(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
