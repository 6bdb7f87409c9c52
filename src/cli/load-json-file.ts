import { readFile } from 'node:fs/promises';
import { ScenarioFileError, parseScenarioFile, type ScenarioFile } from '../core/scenario/scenario-schema.ts';
import { UsageError } from './args.ts';

/**
 * Reads a JSON document the commands take (a scenario or contract file) and parses it with
 * `parse`; an unreadable file or a problem `parse` reports as `fileError` becomes a one-line
 * UsageError (exit 2), naming the file, the JSON path and the problem.
 * Example: await loadJsonFile('s.json', parseScenarioFile, ScenarioFileError) → ScenarioFile
 */
export async function loadJsonFile<T>(
  path: string,
  parse: (text: string, fileName: string) => T,
  fileError: new (...args: never[]) => Error,
): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    return parse(text, path);
  } catch (err) {
    if (err instanceof fileError) throw new UsageError(err.message);
    throw err;
  }
}

/** A scenario file (scenarios/*.json) for the commands that take one. */
export function loadScenario(path: string): Promise<ScenarioFile> {
  return loadJsonFile(path, parseScenarioFile, ScenarioFileError);
}
