/**
 * The Storage page's forecast input: the one its manager would run now, with the data set's
 * recordings once measured. The tornado runs the core job directly with the page's seed, so its
 * runs share random numbers and leave the page's own result alone.
 */
import { checkStorageInput } from '../../core/storage/check-storage-input.ts';
import type { StorageInput } from '../../core/storage/types.ts';
import { messageOf } from '../state/ports-run-helpers.ts';
import type { StorageManager } from '../state/storage-manager.svelte.ts';

/** What of the Storage manager the input is built from (all public). */
export type StoragePage = Pick<StorageManager, 'init' | 'blocked' | 'data' | 'loadStats' | 'statsStatus' | 'statsError' | 'input'>;

/** The page's current input, or why there is none (a form problem, recordings that could not be read). */
export async function storageBaseInput(page: StoragePage): Promise<StorageInput | { error: string }> {
  await page.init();
  if (page.blocked) return { error: page.blocked };
  if (page.data.active) {
    await page.loadStats();
    if (page.statsStatus === 'failed') return { error: page.statsError ?? 'The recordings could not be read from the data set.' };
    // loadStats leaves the status unsettled only when the data set changed during the read; the
    // input would then silently fall back to assumed recordings.
    if (page.statsStatus !== 'ready') return { error: 'The data set changed while its recordings were being measured: try again.' };
  }
  const input = page.input;
  if (!input) return { error: 'The Storage page’s inputs cannot run.' };
  try {
    checkStorageInput(input, 'Storage page');
  } catch (err) {
    return { error: messageOf(err) };
  }
  return input;
}
