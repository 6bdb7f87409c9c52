/**
 * The storage forecast and the contract Monte Carlo on one thread: 1,000 replications of a
 * 36-month storage forecast (the default scenario's storage section, five variants each) and
 * 1,000 replications of the example contract (three options over 36 months). Prints wall time
 * for the replications and for their summary. A benchmark, not a test: it asserts nothing.
 * Run: npx tsx scripts/bench-storage-contract.ts
 */
import { readFileSync } from 'node:fs';
import { parseContractFile } from '../src/core/contract/contract-file.ts';
import { runContractChunk } from '../src/core/contract/run-contract-chunk.ts';
import { summarizeContract } from '../src/core/contract/summarize-contract.ts';
import type { ContractInput } from '../src/core/contract/types.ts';
import { parseScenarioFile } from '../src/core/scenario/scenario-schema.ts';
import { runStorageChunk } from '../src/core/storage/run-storage-chunk.ts';
import { storageInput } from '../src/core/storage/storage-input.ts';
import { summarizeStorage } from '../src/core/storage/summarize-storage.ts';

const REPS = 1000;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const scenario = parseScenarioFile(readFileSync('scenarios/outbound-team.json', 'utf8'), 'outbound-team.json');
const storage = storageInput({ startMonth: '2026-11', months: 36, seed: '1' }, (scenario.storage ?? {}) as object, { months: 36 });
runStorageChunk(storage, 0, 20);
let t0 = performance.now();
const sReps = runStorageChunk(storage, 0, REPS);
let t1 = performance.now();
summarizeStorage(storage, sReps, t1 - t0);
const t2 = performance.now();
console.log(`storage: ${REPS} × ${storage.months} months × 5 variants in ${fmt(t1 - t0)}, summary ${fmt(t2 - t1)}`);

const file = parseContractFile(readFileSync('scenarios/contract-example.json', 'utf8'), 'contract-example.json');
const contract: ContractInput = { seed: '1', startDate: file.startDate, plan: file.plan, options: file.options };
runContractChunk(contract, 0, 20);
t0 = performance.now();
const cReps = runContractChunk(contract, 0, REPS);
t1 = performance.now();
summarizeContract(contract, cReps, t1 - t0);
console.log(`contract: ${REPS} × ${file.options.length} options over up to ${Math.max(...file.options.map((o) => o.termMonths))} months in ${fmt(t1 - t0)}, summary ${fmt(performance.now() - t1)}`);
