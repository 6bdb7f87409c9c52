/** One sample export as the generator writes it, and the deliberately broken rows in it. */
import type { MappingSpec } from '../../src/core/ingest/types.ts';
import type { ScenarioStorage } from '../../src/core/scenario/storage-section.ts';
import { csvLine } from './csv.ts';

/** The scenario file beside each sample export (scenarios/<id>.json). */
export interface ScenarioFile {
  version: 1;
  id: string;
  name: string;
  description: string;
  data: string;
  timeZone: string;
  mapping: MappingSpec;
  seed: number;
  /** The storage forecast's settings, for the scenarios that have them. */
  storage?: ScenarioStorage;
}

export interface BuiltExport {
  scenario: ScenarioFile;
  header: string[];
  /** Data rows as fields; broken rows included. */
  rows: string[][];
  broken: { row: number; problem: string }[];
  delimiter: ',' | ';' | '\t';
  eol: '\n' | '\r\n';
  bom: boolean;
  /** Empty lines after the last row. */
  blankTrailingLines: number;
}

/** A way to spoil a row, and what an importer should say about it. */
export interface Breaker {
  problem: string;
  corrupt: (row: readonly string[]) => string[];
}

/**
 * Replaces rows spread through the file (one in each of `breakers.length` equal stretches, at a
 * seeded place inside it) by their spoilt versions. Rows `spare` picks out are left intact.
 */
export function breakRows(
  rows: string[][],
  breakers: readonly Breaker[],
  rng: () => number,
  spare: (row: readonly string[]) => boolean = () => false,
): { row: number; problem: string }[] {
  const stretch = rows.length / breakers.length;
  return breakers.map((breaker, k) => {
    let row = Math.floor(stretch * (k + 0.15 + 0.7 * rng()));
    while (spare(rows[row]!)) row++;
    rows[row] = breaker.corrupt(rows[row]!);
    return { row, problem: breaker.problem };
  });
}

/** The file's text and the physical 1-based line on which each broken row starts. */
export function render(built: BuiltExport): { text: string; brokenLines: { line: number; problem: string }[] } {
  const { delimiter, eol } = built;
  const lines = [csvLine(built.header, delimiter), ...built.rows.map((r) => csvLine(r, delimiter))];
  const startLine: number[] = [];
  let line = 1;
  for (const l of lines) {
    startLine.push(line);
    line += 1 + (l.match(/\n/g)?.length ?? 0);
  }
  const text = (built.bom ? '\uFEFF' : '') + lines.join(eol) + eol + eol.repeat(built.blankTrailingLines);
  return { text, brokenLines: built.broken.map((b) => ({ line: startLine[b.row + 1]!, problem: b.problem })) };
}

/** Cents as currency with two decimals: 1250 → '12.50'. */
export const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
