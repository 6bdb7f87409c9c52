/**
 * A scenario as the fragment of a share link (`#/scenarios?share=<text>`): JSON compressed by
 * lz-string into URI-safe characters. The fragment never reaches a server, so nothing leaves the
 * browser until the person sends the link.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { parseWorkbenchScenario, ScenarioFileError } from './parse-workbench-scenario.ts';
import type { WorkbenchScenario } from './types.ts';

/** The name share-link problems are reported under. */
export const SHARE_LINK_NAME = 'shared link';

/** Example: encodeShare(s) → 'N4IgzgpgTg…' (decodeShare gives s back). */
export function encodeShare(scenario: WorkbenchScenario): string {
  return compressToEncodedURIComponent(JSON.stringify(scenario));
}

/** The scenario in a share fragment; throws ScenarioFileError when the link is cut or not a scenario. */
export function decodeShare(fragment: string): WorkbenchScenario {
  let json: string | null = null;
  try {
    json = decompressFromEncodedURIComponent(fragment.trim());
  } catch {
    json = null;
  }
  if (!json) throw new ScenarioFileError(SHARE_LINK_NAME, '$', 'the link is incomplete or damaged (was it cut short when copied?)');
  return parseWorkbenchScenario(json, SHARE_LINK_NAME);
}

/** The share text of a location hash (`#/scenarios?share=…` or `#share=…`), or null. */
export function shareFromHash(hash: string): string | null {
  const m = /[#?&]share=([^&]*)/.exec(hash);
  return m && m[1] ? m[1] : null;
}
