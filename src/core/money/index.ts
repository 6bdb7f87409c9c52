export { centsToDecimal } from './cents-to-decimal.ts';
export { parseDecimalCents } from './parse-decimal-cents.ts';
export { roundHalfUpCents } from './round-half-up-cents.ts';
