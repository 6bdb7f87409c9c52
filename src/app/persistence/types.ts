import type { CallTable, ImportProblem, Mapping } from '../../core/ingest/types.ts';

/** What the list of stored data sets shows; small, so listing never loads a table. */
export interface DataSetMeta {
  id: string;
  /** File name of the export, e.g. "calls-march.csv". */
  name: string;
  createdMs: number;
  /** Data rows read; accepted + rejectedCount === rows. */
  rows: number;
  accepted: number;
  rejectedCount: number;
  bytes: number;
  /** The mapping as confirmed, with the activity labels as last edited. */
  mapping: Mapping;
  /** Set when the data set came from a bundled sample scenario. */
  scenarioId: string | null;
  scenarioName: string | null;
}

/** The heavy part of a data set, stored apart from its meta. */
export interface DataSetContent {
  id: string;
  table: CallTable;
  header: string[];
  rejected: ImportProblem[];
  rejectedRows: string[][];
  warnings: string[];
  typeLabelCounts: Record<string, number>;
}

/** A whole data set as the app holds it. */
export type DataSet = DataSetMeta & Omit<DataSetContent, 'id'>;

/** Settings kept between visits. */
export interface Settings {
  activeId: string | null;
  portKinds: string[] | null;
  timeZone: string | null;
  /** Largest import in data rows; null = DEFAULT_MAX_ROWS. */
  maxRows: number | null;
}

/**
 * Inputs a page keeps between visits, each under its own key in the settings store. Typed loosely
 * on purpose: a value written by an older version is checked by the page that reads it.
 */
export interface PageSettings {
  /** The Ports page's form (see src/app/state/ports-inputs.ts). */
  portsInputs: object;
  /** The Recharge page's form (src/app/state/recharge-inputs.ts). */
  rechargeInputs: object;
  /** The Storage page's form (src/app/state/storage-inputs.ts). */
  storageInputs: object;
  /** The Licenses page's forms (src/app/state/licenses-inputs.ts, contract-inputs.ts). */
  licensesInputs: object;
  contractInputs: object;
}
