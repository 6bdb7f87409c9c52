import { parseIsoDate } from './parse-iso-date.ts';
import type { ContractTerms, LicenseTerms } from './types.ts';

const MAX_TERM_MONTHS = 120;

/**
 * Throws a RangeError naming `caller` when contract terms are not usable: a start date not on the
 * first of a month, a term outside 1 to 120 months, no license types or a repeated one, a price
 * that is not whole cents, a floor or starting count that is not a whole number, a starting count
 * below the floor (a total can never be below it), or a cap below the floor.
 * These are programmer errors: files are checked with messages for people by parseContractFile.
 * Example: assertContractTerms({ startDate: '2027-01-15', termMonths: 12, licenses: [] }, 'billContract') // throws
 */
export function assertContractTerms(terms: Pick<ContractTerms, 'startDate' | 'termMonths' | 'licenses'>, caller: string): void {
  const start = parseIsoDate(terms.startDate);
  if (!start || start.day !== 1) throw new RangeError(`${caller}: startDate must be the first of a month 'YYYY-MM-01', got '${terms.startDate}'`);
  if (!Number.isInteger(terms.termMonths) || terms.termMonths < 1 || terms.termMonths > MAX_TERM_MONTHS) {
    throw new RangeError(`${caller}: termMonths must be a whole number from 1 to ${MAX_TERM_MONTHS}, got ${terms.termMonths}`);
  }
  assertLicenseTerms(terms.licenses, caller);
}

function assertLicenseTerms(licenses: readonly LicenseTerms[], caller: string): void {
  if (licenses.length === 0) throw new RangeError(`${caller}: a contract needs at least one license type`);
  const seen = new Set<string>();
  for (const l of licenses) {
    if (seen.has(l.type)) throw new RangeError(`${caller}: license type '${l.type}' appears twice`);
    seen.add(l.type);
    const whole = (x: number) => Number.isSafeInteger(x) && x >= 0;
    if (!whole(l.priceCents)) throw new RangeError(`${caller}: ${l.type} priceCents must be whole cents ≥ 0, got ${l.priceCents}`);
    if (!whole(l.floor) || !whole(l.startCount)) {
      throw new RangeError(`${caller}: ${l.type} floor and startCount must be whole numbers ≥ 0, got ${l.floor} and ${l.startCount}`);
    }
    if (l.startCount < l.floor) throw new RangeError(`${caller}: ${l.type} startCount ${l.startCount} is below its floor ${l.floor}`);
    if (l.cap !== undefined && (!whole(l.cap) || l.cap < l.floor)) {
      throw new RangeError(`${caller}: ${l.type} cap must be a whole number at or above the floor ${l.floor}, got ${l.cap}`);
    }
  }
}
