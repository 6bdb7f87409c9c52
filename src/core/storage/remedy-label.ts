import type { StorageInput, StorageVariant } from './types.ts';

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

/**
 * A variant in words, with its parameters, for tables and legends.
 * Example: remedyLabel(input, 'retention') → 'Delete recordings and files older than 90 days'
 */
export function remedyLabel(input: StorageInput, variant: StorageVariant): string {
  const { purge, retention, partialLists } = input.remedies;
  switch (variant) {
    case 'none':
      return 'Do nothing';
    case 'purge':
      return `Purge ${percent(purge.share)} of unused records ${purge.schedule === 'once' ? 'once' : 'every month'}`;
    case 'retention':
      return `Delete recordings and files older than ${retention.days} days`;
    case 'partialLists':
      return `Upload only the next ${partialLists.namesPerList.toLocaleString('en-US')} names of each list`;
    case 'combined':
      return 'All three together';
  }
}
