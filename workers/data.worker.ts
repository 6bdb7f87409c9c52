/**
 * The data worker: reads, maps and validates a usage export, and measures its observed traffic,
 * off the main thread. Thin on purpose: the logic lives in src/core.
 */
import * as Comlink from 'comlink';
import { previewCsv } from '../src/core/ingest/preview-csv.ts';
import { importCsv } from '../src/core/ingest/import-csv.ts';
import { ImportFileError } from '../src/core/ingest/types.ts';
import type { CallTable, CsvPreview, ImportProgress, ImportResult, Mapping } from '../src/core/ingest/types.ts';
import { summarizeObserved } from '../src/core/traffic/summarize-observed.ts';
import type { ObservedSummary } from '../src/core/traffic/types.ts';
import type { ActivityKind } from '../src/core/ingest/types.ts';
import { openDataStore } from '../src/app/persistence/data-store.ts';
import { fitTrafficModel } from '../src/core/ports/fit-traffic-model.ts';
import type { TrafficModel } from '../src/core/ports/types.ts';
import { usageByDay } from '../src/core/recharge/usage-by-day.ts';
import type { DailyUsage, UsageOptions } from '../src/core/recharge/types.ts';
import { recordingStatsFromCalls, type RecordingStats } from '../src/core/storage/recording-stats-from-calls.ts';
import { importRoster } from '../src/core/licenses/import-roster.ts';
import { diagnoseLicenses, type DiagnoseOptions } from '../src/core/licenses/diagnose-licenses.ts';
import { buildPoolInput } from '../src/core/licenses/build-pool-input.ts';
import type { Finding, PoolObserved, PoolSimInput, PoolSizingOptions, RosterEntry, RosterImport, RosterSpec } from '../src/core/licenses/types.ts';

/** Bytes read for the preview: enough for the header and the first rows of any real export. */
const PREVIEW_BYTES = 64 * 1024;

/** An import as the worker returns it: where it stored the contents, and its summary, when asked. */
export interface WorkerImport extends ImportResult {
  /** The data set id its contents were stored under; null or absent when not stored here. */
  storedAs?: string | null;
  /** The observed summary, when it was asked for. */
  summary?: ObservedSummary | null;
}

/** Comlink drops an Error's own fields, so file-level failures come back as data. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

const cancelledRuns = new Set<number>();

function failure(err: unknown): { ok: false; code: string; message: string } {
  if (err instanceof ImportFileError) return { ok: false, code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, code: 'internal', message: `The import stopped on an unexpected error: ${message}` };
}

function tableBuffers(table: CallTable): ArrayBuffer[] {
  const arrays = [table.startMs, table.durationSec, table.kind, table.typeLabel, table.direction,
    table.user, table.recorded, table.recordingBytes, table.costCents, table.billableMin, table.line];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

export const dataApi = {
  /** Header, first rows and a proposed mapping, from the first 64 KB of the file. */
  async preview(
    file: Blob,
    opts: { timeZone: string; remembered?: Mapping | null; fileName?: string },
  ): Promise<Outcome<CsvPreview>> {
    try {
      const sample = await file.slice(0, PREVIEW_BYTES).text();
      return { ok: true, value: previewCsv(sample, { ...opts, isWholeFile: file.size <= PREVIEW_BYTES }) };
    } catch (err) {
      return failure(err);
    }
  },

  /**
   * The whole import, streamed in chunks; `onProgress` must be a Comlink.proxy. With `store`, the
   * table and rejected rows are also written to IndexedDB here, and with `summarize` the observed
   * summary is computed here: done on the page, each would clone the whole table on the main
   * thread (60–280 ms for a million calls) just as the import ends.
   */
  async importFile(
    file: Blob,
    mapping: Mapping,
    opts: {
      runId: number;
      header?: string[];
      maxRows?: number;
      store?: { dbName: string; id: string };
      summarize?: { timeZone: string; portKinds: ActivityKind[] };
    },
    onProgress: (p: ImportProgress) => void,
  ): Promise<Outcome<WorkerImport>> {
    try {
      const result = await importCsv(file, {
        mapping,
        header: opts.header,
        totalBytes: file.size,
        maxRows: opts.maxRows,
        onProgress,
        isCancelled: () => cancelledRuns.has(opts.runId),
      });
      let storedAs: string | null = null;
      if (opts.store) {
        try {
          const { table, header, rejected, rejectedRows, warnings, typeLabelCounts } = result;
          const store = await openDataStore(opts.store.dbName);
          await store.putContents({ id: opts.store.id, table, header, rejected, rejectedRows, warnings, typeLabelCounts });
          storedAs = opts.store.id;
        } catch {
          // The page stores it instead, and says so if that fails too.
        }
      }
      const summary = opts.summarize ? summarizeObserved(result.table, opts.summarize) : null;
      return Comlink.transfer({ ok: true, value: { ...result, storedAs, summary } }, tableBuffers(result.table));
    } catch (err) {
      return failure(err);
    } finally {
      cancelledRuns.delete(opts.runId);
    }
  },

  /** Asks a running import to stop at its next chunk. */
  cancel(runId: number): void {
    cancelledRuns.add(runId);
  },

  /** Observed concurrency, port replay, heatmap and daily totals of a data set. */
  summarize(table: CallTable, opts: { timeZone: string; portKinds?: ActivityKind[] }): ObservedSummary {
    return summarizeObserved(table, opts);
  },

  /** The port-traffic model of a data set for the Ports simulation, fitted here so a million calls never block the page. */
  fitModel(
    table: CallTable,
    opts: { timeZone: string; portKinds: ActivityKind[]; holding: 'empirical' | 'lognormal'; arrivals: 'poisson' | 'days'; source?: string },
  ): TrafficModel {
    return fitTrafficModel(table, opts);
  },

  /** Dialer usage in cents per local day and hour, for the recharge rule and its simulation. */
  usageByDay(table: CallTable, opts: UsageOptions, timeZone: string): DailyUsage {
    const usage = usageByDay(table, opts, timeZone);
    return Comlink.transfer(usage, [usage.cents.buffer, usage.hourlyCents.buffer, usage.weekday.buffer, usage.calls.buffer] as ArrayBuffer[]);
  },

  /** Recorded minutes and recording sizes per month, for the storage forecast. */
  recordingStats(table: CallTable, timeZone: string): RecordingStats {
    return recordingStatsFromCalls(table, timeZone);
  },

  /** A license roster CSV read with line-numbered problems (small files: read whole). */
  importRoster(text: string, spec?: RosterSpec): Outcome<RosterImport> {
    try {
      return { ok: true, value: importRoster(text, spec) };
    } catch (err) {
      return failure(err);
    }
  },

  /**
   * The roster joined to the usage: the per-user findings, and the pooled-license simulation's
   * input with what was observed (the pool findings follow the simulation, on the page).
   */
  diagnose(roster: RosterEntry[], table: CallTable, diagnose: DiagnoseOptions, pools: PoolSizingOptions): { findings: Finding[]; input: PoolSimInput; observed: PoolObserved[] } {
    const { input, observed } = buildPoolInput(table, roster, pools);
    return { findings: diagnoseLicenses(roster, table, diagnose), input, observed };
  },
};

export type DataApi = typeof dataApi;

// `self` explicitly: Comlink's default endpoint is the global object, which differs under test runners.
Comlink.expose(dataApi, self);
