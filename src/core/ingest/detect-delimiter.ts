export type Delimiter = ',' | ';' | '\t' | '|';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];
const LINES_LOOKED_AT = 30;

/** Fields per non-blank line when split on `delimiter` outside double quotes, for the first lines. */
function fieldCounts(text: string, delimiter: string): number[] {
  const counts: number[] = [];
  let fields = 1;
  let content = false;
  let quoted = false;
  for (let i = 0; i < text.length && counts.length < LINES_LOOKED_AT; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (c === '"') {
      quoted = true;
      content = true;
    } else if (c === delimiter) {
      fields++;
      content = true;
    } else if (c === '\n' || c === '\r') {
      if (content) counts.push(fields);
      fields = 1;
      content = false;
    } else if (c !== ' ') {
      content = true;
    }
  }
  if (content && counts.length < LINES_LOOKED_AT) counts.push(fields);
  return counts;
}

/**
 * The delimiter of a CSV sample among `,` `;` tab `|`: the one that splits the first lines into
 * the same number (more than one) of fields most consistently, counting only outside quotes; ties
 * go to more fields, then to the order above. A single-column sample gives ','.
 * Example: detectDelimiter('a;b;c\n1,5;2;3\n') === ';'.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestShare = 0;
  let bestFields = 1;
  for (const delimiter of CANDIDATES) {
    const counts = fieldCounts(text, delimiter);
    if (counts.length === 0) continue;
    const tally = new Map<number, number>();
    for (const n of counts) tally.set(n, (tally.get(n) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [n, k] of tally) if (k > modeCount || (k === modeCount && n > mode)) [mode, modeCount] = [n, k];
    if (mode < 2) continue;
    const share = modeCount / counts.length;
    if (share > bestShare || (share === bestShare && mode > bestFields)) {
      best = delimiter;
      bestShare = share;
      bestFields = mode;
    }
  }
  return best;
}
