/**
 * The bundled sample scenarios: `scenarios/<id>.json` beside `scenarios/<id>.csv`, listed and
 * ordered by `scenarios/index.json`. The CSVs are served from the app's own origin.
 */
import type { MappingSpec } from '../../core/ingest/types.ts';

export interface ScenarioInfo {
  id: string;
  name: string;
  description: string;
  /** File name shown for the imported data set, e.g. "outbound-team.csv". */
  fileName: string;
  /** URL of the CSV on the app's own origin. */
  dataUrl: string;
  timeZone: string;
  mapping: MappingSpec;
}

export interface ScenarioCatalog {
  defaultId: string | null;
  list: ScenarioInfo[];
}

interface ScenarioFile {
  id?: unknown;
  name?: unknown;
  description?: unknown;
  data?: unknown;
  timeZone?: unknown;
  mapping?: unknown;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function indexOrder(index: unknown): { defaultId: string | null; order: string[] } {
  if (!index || typeof index !== 'object') return { defaultId: null, order: [] };
  const { default: def, scenarios } = index as { default?: unknown; scenarios?: unknown };
  const order = Array.isArray(scenarios)
    ? scenarios.map((s) => (typeof s === 'string' ? s : (s as { id?: unknown })?.id)).filter((s): s is string => typeof s === 'string')
    : [];
  return { defaultId: typeof def === 'string' ? def : null, order };
}

/**
 * Builds the catalog from the glob imports: JSON modules by path and CSV URLs by path.
 * Scenarios whose CSV is missing are left out; the order follows index.json, then the name.
 */
export function buildCatalog(jsonByPath: Record<string, unknown>, csvUrlByPath: Record<string, string>): ScenarioCatalog {
  const csvUrlByName = new Map(Object.entries(csvUrlByPath).map(([path, url]) => [baseName(path), url]));
  let index: unknown = null;
  const list: ScenarioInfo[] = [];
  for (const [path, json] of Object.entries(jsonByPath)) {
    if (baseName(path) === 'index.json') {
      index = json;
      continue;
    }
    const file = (json ?? {}) as ScenarioFile;
    if (typeof file.id !== 'string' || typeof file.data !== 'string') continue;
    const dataUrl = csvUrlByName.get(baseName(file.data));
    if (!dataUrl) continue;
    list.push({
      id: file.id,
      name: typeof file.name === 'string' ? file.name : file.id,
      description: typeof file.description === 'string' ? file.description : '',
      fileName: baseName(file.data),
      dataUrl,
      timeZone: typeof file.timeZone === 'string' ? file.timeZone : 'UTC',
      mapping: file.mapping && typeof file.mapping === 'object' ? (file.mapping as MappingSpec) : {},
    });
  }
  const { defaultId, order } = indexOrder(index);
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  list.sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name));
  const known = defaultId !== null && list.some((s) => s.id === defaultId);
  return { defaultId: known ? defaultId : (list[0]?.id ?? null), list };
}

export const bundledScenarios: ScenarioCatalog = buildCatalog(
  import.meta.glob('/scenarios/*.json', { eager: true, import: 'default' }),
  import.meta.glob<string>('/scenarios/*.csv', { query: '?url', import: 'default', eager: true }),
);

/** Fetches a scenario's CSV from the app's own origin as a File, ready for the importer. */
export async function fetchScenarioFile(scenario: ScenarioInfo): Promise<File> {
  const response = await fetch(scenario.dataUrl);
  if (!response.ok) throw new Error(`could not load ${scenario.fileName} (HTTP ${response.status})`);
  const blob = await response.blob();
  return new File([blob], scenario.fileName, { type: 'text/csv' });
}
