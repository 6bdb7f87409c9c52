/**
 * Numbers, durations and instants formatted for people. The locale is the browser's; formats are
 * chosen so they read the same way everywhere (month names, not 03/04).
 */

const intFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 48213 → "48,213". NaN → "—". */
export function formatInt(n: number): string {
  return Number.isFinite(n) ? intFormat.format(Math.round(n)) : '—';
}

const percentFormats = new Map<number, Intl.NumberFormat>();
/** One formatter per digit count: building an Intl.NumberFormat costs more than formatting with it. */
function percentFormat(digits: number): Intl.NumberFormat {
  let f = percentFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat(undefined, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
    percentFormats.set(digits, f);
  }
  return f;
}

/** Share 0..1 as a percentage with `digits` decimals: 0.1234 → "12.3 %" (locale permitting). */
export function formatPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '—';
  const format = percentFormat(digits);
  // A few rejected rows or lost calls must not read as none: 0.0004 → "< 0.1 %", not "0.0 %".
  const smallest = 10 ** -(digits + 2);
  if (share > 0 && share < smallest / 2) return `< ${format.format(smallest)}`;
  return format.format(share);
}

/** Bytes as megabytes with one decimal: 5_242_880 → "5.0". */
export function formatMb(bytes: number): string {
  return Number.isFinite(bytes) ? oneDecimal.format(bytes / 1_048_576) : '—';
}

/** A decimal with one digit after the point: 2.345 → "2.3". */
export function formatOneDecimal(n: number): string {
  return Number.isFinite(n) ? oneDecimal.format(n) : '—';
}

/**
 * A duration in seconds as hours and minutes: 11_520 → "3 h 12 min", 754 → "12 min 34 s",
 * 42 → "42 s". Whole seconds are dropped once the duration reaches an hour.
 */
export function formatDuration(sec: number): string {
  if (!Number.isFinite(sec)) return '—';
  const total = Math.round(Math.max(0, sec));
  const h = Math.floor(total / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) {
    const roundedMin = Math.round((total % 3600) / 60);
    if (roundedMin === 60) return `${formatInt(h + 1)} h`;
    return roundedMin === 0 ? `${formatInt(h)} h` : `${formatInt(h)} h ${roundedMin} min`;
  }
  if (min > 0) return s === 0 ? `${min} min` : `${min} min ${s} s`;
  return `${s} s`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

const DATE_TIME_OPTIONS = {
  datetime: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  date: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  axis: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  hour: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function dateTimeFormat(timeZone: string, kind: keyof typeof DATE_TIME_OPTIONS): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let f = dateTimeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { ...DATE_TIME_OPTIONS[kind], timeZone });
    dateTimeFormats.set(key, f);
  }
  return f;
}

/** An instant in the data set's zone: "Mon, Mar 2, 2026, 09:41". NaN → "—". */
export function formatDateTime(ms: number, timeZone: string): string {
  return Number.isFinite(ms) ? dateTimeFormat(timeZone, 'datetime').format(ms) : '—';
}

/** A short instant for chart axes and tooltips: "Mon, Mar 2, 09:41". */
export function formatAxisTime(ms: number, timeZone: string): string {
  return Number.isFinite(ms) ? dateTimeFormat(timeZone, 'axis').format(ms) : '—';
}

/** An axis label: the day ("Thu, Oct 1") or, with `timeOnly`, the clock time ("14:00"). */
export function formatAxisTick(ms: number, timeZone: string, timeOnly: boolean): string {
  return dateTimeFormat(timeZone, timeOnly ? 'hour' : 'day').format(ms);
}

/** A local calendar date 'YYYY-MM-DD' as "Mon, Mar 2, 2026", without moving it across zones. */
export function formatLocalDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return dateTimeFormat('UTC', 'date').format(Date.UTC(y, m - 1, d));
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const wholeDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const compactDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });

/** Cents as dollars: 35000 → "$350.00". NaN → "—". */
export function formatMoney(cents: number): string {
  return Number.isFinite(cents) ? dollars.format(cents / 100) : '—';
}

/** Cents as whole dollars for tables of large amounts: 123456 → "$1,235". */
export function formatMoneyWhole(cents: number): string {
  return Number.isFinite(cents) ? wholeDollars.format(cents / 100) : '—';
}

/** Cents as a short axis label: 123456789 → "$1.2M". */
export function formatMoneyAxis(cents: number): string {
  return Number.isFinite(cents) ? compactDollars.format(cents / 100) : '';
}
