/**
 * `npm run bench`: imports a generated 1,000,000-row export with the importer the worker uses,
 * in a Node process whose heap is capped at 128 MB, then measures the observed-traffic summary;
 * then the simulations: Flex Ports on the thread pool and its kernel's other paths (heavy traffic,
 * retries, resampled days) on one thread, the recharge balance and its tuner, the
 * storage forecast and the contract Monte Carlo. A benchmark, not a test: it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const file = process.argv[2] ?? 'bench-data/big-1m.csv';
if (!existsSync(file)) {
  console.log(`generating ${file} (once; bench-data/ is not committed)…`);
  const gen = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/make-big-export.ts', file], { stdio: 'inherit' });
  if (gen.status !== 0) process.exit(gen.status ?? 1);
}

const child = spawnSync(
  process.execPath,
  ['--max-old-space-size=128', '--import', 'tsx', 'scripts/bench-import-child.ts', file],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);

// The Flex Port simulation on the thread pool, in its own process (no heap cap: a run holds its replications).
const ports = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-ports.ts'], { stdio: ['ignore', 'inherit', 'inherit'] });
const paths = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-ports-paths.ts'], { stdio: ['ignore', 'inherit', 'inherit'] });
console.log('');
const recharge = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-recharge.ts'], { stdio: ['ignore', 'inherit', 'inherit'] });
console.log('');
const models = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-storage-contract.ts'], { stdio: ['ignore', 'inherit', 'inherit'] });
process.exit((child.status ?? 1) || (ports.status ?? 1) || (paths.status ?? 1) || (recharge.status ?? 1) || (models.status ?? 1));
