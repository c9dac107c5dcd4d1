/**
 * Finds date expressions in a sentence and resolves them against the article's publication date:
 * explicit dates ("2019-12-13", "December 2023", "in 2018"), month-day dates without a year
 * ("September 23", "December 5th to 9th"), days of the current month ("on the 12th"), weekdays
 * ("on Monday") and relative periods ("last month", "last week", "last October"). Expressions
 * that cannot be pinned down ("the mid-1990s", "the day before" with nothing to count from) are
 * kept with precision `approximate` and a best estimate.
 */
import type { DatePrecision } from '@/utils/dataset/types';

export interface DateMention {
  /** The expression as written. */
  expression: string;
  /** UTF-16 offset of the expression in the sentence. */
  index: number;
  date: string;
  endDate?: string;
  precision: DatePrecision;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = `(${MONTHS.map(capitalise).join('|')})`;
const WEEKDAY = `(${WEEKDAYS.map(capitalise).join('|')})`;
const ORDINAL = `(\\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = `(1[89]\\d\\d|20\\d\\d)`;

interface Civil {
  year: number;
  month: number;
  day: number;
}

type Resolver = (match: RegExpExecArray, article: Civil, earlier: DateMention[]) => Resolved;
type Resolved = Pick<DateMention, 'date' | 'endDate' | 'precision'>;

/** Tried in order; a span claimed by an earlier rule is not matched again. */
const RULES: [RegExp, Resolver][] = [
  [new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, 'g'), (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  [new RegExp(`\\b${YEAR}\\.(\\d{1,2})\\.(\\d{1,2})\\.?`, 'g'), (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  [
    new RegExp(`\\b${MONTH} ${ORDINAL}(?: to |[-–])${ORDINAL}(?:,? ${YEAR})?\\b`, 'g'),
    (m, a) => {
      const month = monthNumber(m[1]!);
      const year = m[4] ? +m[4] : nearestYear(a, month, +m[2]!);
      return { ...day(year, month, +m[2]!), endDate: iso(year, month, +m[3]!) };
    },
  ],
  [
    new RegExp(`\\b${MONTH} ${ORDINAL}(?:,? ${YEAR})?\\b`, 'g'),
    (m, a) => {
      const month = monthNumber(m[1]!);
      return day(m[3] ? +m[3] : nearestYear(a, month, +m[2]!), month, +m[2]!);
    },
  ],
  [
    new RegExp(`\\b${ORDINAL} ${MONTH} ${YEAR}\\b`, 'g'),
    (m) => day(+m[3]!, monthNumber(m[2]!), +m[1]!),
  ],
  [new RegExp(`\\b${MONTH},? ${YEAR}\\b`, 'g'), (m) => month(+m[2]!, monthNumber(m[1]!))],
  [
    new RegExp(`\\b([Ll]ast|[Nn]ext|[Tt]his) ${MONTH}\\b`, 'g'),
    (m, a) => {
      const target = monthNumber(m[2]!);
      const direction = m[1]!.toLowerCase();
      if (direction === 'this') return month(a.year, target);
      if (direction === 'last') return month(target < a.month ? a.year : a.year - 1, target);
      return month(target > a.month ? a.year : a.year + 1, target);
    },
  ],
  [
    new RegExp(
      `\\b(?:[Ii]n|[Oo]f|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate) ${MONTH}\\b`,
      'g',
    ),
    (m, a) => {
      const target = monthNumber(m[1]!);
      return month(nearestYear(a, target, 15), target);
    },
  ],
  [
    new RegExp(`\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b`, 'g'),
    (m, a) => {
      const date = +m[1]!;
      const back = date > a.day ? shiftMonth(a, -1) : a;
      return day(back.year, back.month, date);
    },
  ],
  [
    /(?<!\bthe )\b(last|next|this) (week|month|year)\b/gi,
    (m, a) => {
      const step = { last: -1, next: 1, this: 0 }[m[1]!.toLowerCase() as 'last' | 'next' | 'this'];
      const unit = m[2]!.toLowerCase();
      if (unit === 'year') return { date: String(a.year + step), precision: 'year' };
      if (unit === 'month') {
        const target = shiftMonth(a, step);
        return month(target.year, target.month);
      }
      const monday = addDays(a, -((weekday(a) + 6) % 7) + 7 * step);
      return {
        date: isoOf(monday),
        endDate: isoOf(addDays(monday, 6)),
        precision: 'approximate',
      };
    },
  ],
  [
    new RegExp(`\\b(?:(last|next|this|on) )?${WEEKDAY}\\b`, 'gi'),
    (m, a) => {
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const ahead = (target - weekday(a) + 7) % 7;
      const qualifier = m[1]?.toLowerCase();
      if (qualifier === 'next') return dayOf(addDays(a, ahead || 7));
      if (qualifier === 'last') return dayOf(addDays(a, ahead - 7));
      return dayOf(addDays(a, ahead === 0 ? 0 : ahead - 7));
    },
  ],
  [/\bChristmas\b/g, (_m, a) => day(nearestYear(a, 12, 25), 12, 25)],
  [
    /\bthe day before\b/g,
    (_m, a, earlier) => {
      const anchor = earlier.find((mention) => mention.precision === 'day');
      if (!anchor) return { date: isoOf(a), precision: 'approximate' };
      return dayOf(addDays(parse(anchor.date), -1));
    },
  ],
  [
    new RegExp(`\\b(early|mid|late)-?(1[89]\\d0|20\\d0)s\\b`, 'g'),
    (m) => ({
      date: String(+m[2]! + { early: 2, mid: 5, late: 8 }[m[1]! as 'early' | 'mid' | 'late']),
      precision: 'approximate',
    }),
  ],
  [
    new RegExp(`\\b(?<![.©])${YEAR}[-–]${YEAR}\\b`, 'g'),
    (m) => ({ date: m[1]!, endDate: m[2]!, precision: 'year' }),
  ],
  [
    new RegExp(`(?<![\\w.©])(?<!©\\w* )${YEAR}(?![\\w.-]*\\d)`, 'g'),
    (m) => ({ date: m[1]!, precision: 'year' }),
  ],
];

/** Every date expression in `sentence`, in reading order, resolved against `published` (ISO day). */
export function findDates(sentence: string, published: string): DateMention[] {
  const article = parse(published);
  const claimed: [number, number][] = [];
  const found: DateMention[] = [];
  for (const [pattern, resolve] of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (claimed.some(([s, e]) => start < e && end > s)) continue;
      const earlier = found.filter((mention) => mention.index < start);
      const resolved = resolve(
        m,
        article,
        earlier.sort((x, y) => y.index - x.index),
      );
      if (!isValid(resolved)) continue;
      claimed.push([start, end]);
      found.push({ expression: m[0], index: start, ...resolved });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function isValid(resolved: Resolved): boolean {
  return [resolved.date, resolved.endDate].every((value) => {
    if (value === undefined) return true;
    const [y, m, d] = value.split('-').map(Number);
    if (m !== undefined && (m < 1 || m > 12)) return false;
    if (d !== undefined && (d < 1 || d > daysInMonth(y!, m!))) return false;
    return true;
  });
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}

/** The year (article year ±1) that puts month/day closest to the article date. */
function nearestYear(article: Civil, month: number, date: number): number {
  const reference = Date.UTC(article.year, article.month - 1, article.day);
  const candidates = [article.year - 1, article.year, article.year + 1];
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, date) - reference);
  return candidates.reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

function parse(isoDate: string): Civil {
  const [year, month, date] = isoDate.split('-').map(Number);
  return { year: year!, month: month ?? 1, day: date ?? 1 };
}

function day(year: number, monthOfYear: number, date: number): Resolved {
  return { date: iso(year, monthOfYear, date), precision: 'day' };
}

function dayOf(civil: Civil): Resolved {
  return day(civil.year, civil.month, civil.day);
}

function month(year: number, monthOfYear: number): Resolved {
  return { date: `${year}-${pad(monthOfYear)}`, precision: 'month' };
}

function iso(year: number, monthOfYear: number, date: number): string {
  return `${year}-${pad(monthOfYear)}-${pad(date)}`;
}

function isoOf(civil: Civil): string {
  return iso(civil.year, civil.month, civil.day);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function daysInMonth(year: number, monthOfYear: number): number {
  return new Date(Date.UTC(year, monthOfYear, 0)).getUTCDate();
}

function weekday(civil: Civil): number {
  return new Date(Date.UTC(civil.year, civil.month - 1, civil.day)).getUTCDay();
}

function addDays(civil: Civil, days: number): Civil {
  const date = new Date(Date.UTC(civil.year, civil.month - 1, civil.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function shiftMonth(civil: Civil, months: number): Civil {
  const date = new Date(Date.UTC(civil.year, civil.month - 1 + months, 1));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: 1 };
}
