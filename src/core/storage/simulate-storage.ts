import { childSeed, createStream, type RandomStream } from '../random/create-stream.ts';
import { sampleLognormal } from '../random/lognormal.ts';
import { checkStorageInput } from './check-storage-input.ts';
import { cohortPath, listsPath, recordsPath, type ComponentPath } from './component-paths.ts';
import { storageFeeCents } from './storage-fee-cents.ts';
import { STORAGE_COMPONENTS, STORAGE_VARIANTS, type StorageInput, type StorageReplication, type StorageVariant } from './types.ts';

const C = STORAGE_COMPONENTS.length;

/** The remedy that acts on each component (records, lists, recordings, files): the remedies never share one. */
const REMEDY_OF = ['purge', 'partialLists', 'retention', 'retention'] as const;

/** A lognormal draw that always takes two uniforms, so a zero mean or cv keeps later draws aligned. */
function draw(rng: RandomStream, mean: number, cv: number): number {
  if (mean === 0 || cv === 0) {
    rng();
    rng();
    return mean;
  }
  return sampleLognormal(rng, mean, cv);
}

function usesRemedy(variant: StorageVariant, component: number): boolean {
  return variant === 'combined' || variant === REMEDY_OF[component];
}

/**
 * One replication of the storage forecast: every variant (doing nothing, each remedy, all three)
 * over `input.months` months from the same growth draws (common random numbers).
 *
 * Draws from createStream(childSeed(input.seed, index)), per month in this order: new records,
 * list rows uploaded, recorded minutes, other-file bytes, each lognormal with its mean and cv
 * (two uniforms each). Each month grows, then clean-ups run at its end (purge, retention, list
 * trim); the peak is the size before them. The fee of month m is storageFeeCents of the total on
 * the fee's basis. Each remedy acts on its own components only, taking from each a factor in [0, 1]
 * of doing nothing's bytes, so per replication and month:
 *   fee(remedy) ≤ fee(none) and fee(combined) ≤ fee(any single remedy).
 * Sizes are bytes, fees integer cents; layout in StorageReplication.
 * Example: simulateStorage(storageInput({ startMonth: '2026-11' }), 0).feeCents.length → 5 × 24 = 120 (variants × months)
 */
export function simulateStorage(input: StorageInput, index: number): StorageReplication {
  checkStorageInput(input, 'simulateStorage');
  const M = input.months;
  const rng = createStream(childSeed(input.seed, index));
  const { records, lists, recordings, files } = input;
  const newRecords = new Float64Array(M);
  const listRows = new Float64Array(M);
  const recordingBytes = new Float64Array(M);
  const fileBytes = new Float64Array(M);
  for (let m = 0; m < M; m++) {
    newRecords[m] = draw(rng, records.newPerMonth, records.cv);
    listRows[m] = draw(rng, lists.listsPerMonth * lists.rowsPerList, lists.cv);
    recordingBytes[m] = draw(rng, recordings.minutesPerMonth, recordings.cv) * recordings.bytesPerMinute;
    fileBytes[m] = draw(rng, files.bytesPerMonth, files.cv);
  }
  const { retention } = input.remedies;
  const paths: ComponentPath[] = [
    recordsPath(records, input.remedies.purge, newRecords),
    listsPath(lists, input.remedies.partialLists, listRows),
    cohortPath(recordings, retention.days, input.startMonth, recordingBytes),
    cohortPath(files, retention.days, input.startMonth, fileBytes),
  ];

  const V = STORAGE_VARIANTS.length;
  const peakBytes = new Float64Array(V * M * C);
  const endBytes = new Float64Array(V * M * C);
  const feeCents = new Float64Array(V * M);
  const billed = input.fee.basis === 'peak' ? peakBytes : endBytes;
  STORAGE_VARIANTS.forEach((variant, v) => {
    for (let m = 0; m < M; m++) {
      const at = (v * M + m) * C;
      let total = 0;
      for (let c = 0; c < C; c++) {
        const p = paths[c]!;
        const remedied = usesRemedy(variant, c);
        peakBytes[at + c] = remedied ? p.remPeak[m]! : p.base[m]!;
        endBytes[at + c] = remedied ? p.remEnd[m]! : p.base[m]!;
        // Summed in component order for every variant, so the monotonicity above survives rounding.
        total += billed[at + c]!;
      }
      feeCents[v * M + m] = storageFeeCents(total, input.fee);
    }
  });
  return { index, peakBytes, endBytes, feeCents };
}
