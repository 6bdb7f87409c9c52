/**
 * What the sensitivity card says for each page whose answer it can take apart: the page's name,
 * how its runs are counted, the outputs to choose from, and the words around the chart.
 */
import { formatInt } from '../format.ts';
import { PORTS_OUTPUTS } from './ports-sensitivity.ts';
import { RECHARGE_OUTPUTS } from './recharge-sensitivity.ts';
import type { SensitivityOutcomes, SensitivityPage } from './sensitivity-plan.ts';
import { STORAGE_OUTPUTS } from './storage-sensitivity.ts';

export interface SensitivityPageText {
  /** The page's name, as the navigation shows it. */
  title: string;
  /** The simulation run once per input value, in words ("the balance simulation"). */
  simulation: string;
  /** Inputs moved: the tornado runs the base and each input low and high. */
  inputs: number;
  /** What one replication is, for the replications field ("Simulated months a run"). */
  replicationsLabel: string;
  /** Replications a run: the card's starting value and the field's least value. */
  replications: number;
  minReplications: number;
  outputs: Record<string, { label: string; format: (value: number) => string }>;
  hint: string;
  /** The sentence under the chart: how the runs were made. */
  note: (outcome: SensitivityOutcomes) => string;
}

const reps = (o: SensitivityOutcomes) => o.replications.toLocaleString('en-US');

export const SENSITIVITY_PAGES: Record<SensitivityPage, SensitivityPageText> = {
  recharge: {
    title: 'Recharge',
    simulation: 'the balance simulation',
    inputs: 6,
    replicationsLabel: 'Simulated periods a run',
    // Modest: 13 runs of this many simulated periods take a few seconds on a laptop.
    replications: 200,
    minReplications: 20,
    outputs: RECHARGE_OUTPUTS,
    hint: 'Each main input of the Recharge page is moved down and up by the same share, one at a time, and the balance simulation is run again. Every run uses the page’s seed, so all of them draw the same random days (common random numbers): a bar’s width is that input’s effect, not chance.',
    note: (o) => `Inputs moved by ±${o.pct} % of their value, or by a least step where the value may be 0 (growth, credit delay, declines); ${reps(o)} simulated periods a run, seed “${o.seed}”, the same random numbers in every run. Usage level scales the future’s spend; the first recharge is still set from last month’s.`,
  },
  ports: {
    title: 'Ports',
    simulation: 'the Flex Port simulation',
    inputs: 4,
    replicationsLabel: 'Simulated months a run',
    // A simulated month of a busy team takes a few hundredths of a second: 9 runs of 40 stay short.
    replications: 40,
    minReplications: 10,
    outputs: PORTS_OUTPUTS,
    hint: 'Each main input of the Ports page is moved down and up by the same share, one at a time, and the Flex Port simulation is run again over the same port counts. Every run uses the page’s seed (common random numbers), so most of the chance cancels out between runs. Blocking and errors are read at the port count the base run recommends, held fixed in every run: the bars show how they move at the ports one would buy.',
    note: (o) => `Inputs moved by ±${o.pct} % of their value, or by a least step where the value may be 0 (growth, retries); blocking and errors read at ${formatInt(o.base.recommendedPorts ?? NaN)} ports, the base run’s recommendation for the page’s target; ${reps(o)} simulated months a run, seed “${o.seed}”. Arrival volume and growth both scale the calls; holding time scales every call’s length.`,
  },
  storage: {
    title: 'Storage',
    simulation: 'the storage forecast',
    inputs: 6,
    replicationsLabel: 'Simulated futures a run',
    replications: 200,
    minReplications: 10,
    outputs: STORAGE_OUTPUTS,
    hint: 'Each main input of the Storage page is moved down and up by the same share, one at a time, and the storage forecast is run again. Every run uses the page’s seed, so all of them draw the same random months (common random numbers): a bar’s width is that input’s effect, not chance. Retention acts only through the remedies, so it moves the fee with remedies and leaves the fee of doing nothing alone.',
    note: (o) => `Inputs moved by ±${o.pct} % of their value, or by a least step (retention, price, allowance); ${reps(o)} simulated futures a run, seed “${o.seed}”. Growth scales everything added each month; what is stored now stays as it is.`,
  },
};

/** An output of a page, as the card's select names it: 'ports:busyHourBlocking'. */
export type OutputChoice = `${SensitivityPage}:${string}`;

/** Every page's outputs, page by page, for the card's select. */
export const OUTPUT_GROUPS = (Object.entries(SENSITIVITY_PAGES) as [SensitivityPage, SensitivityPageText][]).map(([page, text]) => ({
  page,
  title: text.title,
  choices: Object.entries(text.outputs).map(([key, o]) => ({ value: `${page}:${key}` as OutputChoice, label: o.label })),
}));

/** The page and output key of a choice. */
export function parseChoice(choice: OutputChoice): { page: SensitivityPage; key: string } {
  const at = choice.indexOf(':');
  return { page: choice.slice(0, at) as SensitivityPage, key: choice.slice(at + 1) };
}
