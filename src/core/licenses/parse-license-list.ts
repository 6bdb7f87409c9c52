import { licenseFromName } from './license-from-name.ts';
import { LICENSE_TYPES, type LicenseType } from './types.ts';

/**
 * A roster cell listing licenses, separated by `;`, `|` or `,`: the license types (in LICENSE_TYPES
 * order, repeats dropped) and the items that name no license. An empty cell or "none" is no license.
 * Example: parseLicenseList('Dialer Tab; CRM | flex port') → { licenses: ['crm', 'dialer_tab', 'flex_port'], unknown: [] }.
 */
export function parseLicenseList(cell: string): { licenses: LicenseType[]; unknown: string[] } {
  const found = new Set<LicenseType>();
  const unknown: string[] = [];
  for (const raw of cell.split(/[;|,]/u)) {
    const item = raw.trim();
    if (item === '' || item.toLowerCase() === 'none') continue;
    const type = licenseFromName(item);
    if (type === null) unknown.push(item);
    else found.add(type);
  }
  return { licenses: LICENSE_TYPES.filter((t) => found.has(t)), unknown };
}
