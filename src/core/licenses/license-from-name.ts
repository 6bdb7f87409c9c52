import { normalizeName } from '../ingest/normalize-name.ts';
import type { LicenseType } from './types.ts';

const NAMES: Record<string, LicenseType> = {
  crm: 'crm',
  'dialer tab': 'dialer_tab',
  dialertab: 'dialer_tab',
  'dialer tabs': 'dialer_tab',
  dialer: 'dialer',
  'power dialer': 'dialer',
  'flex port': 'flex_port',
  'flex ports': 'flex_port',
  flexport: 'flex_port',
  flexports: 'flex_port',
  port: 'flex_port',
};

/**
 * The license type a name (a roster cell or a header) stands for, or null: case, punctuation and
 * a trailing "license"/"licence"/"seat" are ignored.
 * Example: licenseFromName('Dialer_Tab') === 'dialer_tab'; licenseFromName('Flex Port License') === 'flex_port'.
 */
export function licenseFromName(name: string): LicenseType | null {
  const n = normalizeName(name).replace(/\s+(licen[cs]es?|seats?)$/u, '');
  return NAMES[n] ?? null;
}
