import { copyString } from './copy-string.ts';
import { REJECTED_DETAIL_LIMIT, type FieldKey, type ImportProblem, type ProblemCode } from './types.ts';

/** Values of an optional column that could not be read: counted, the first one kept for the message. */
interface UnreadTally {
  column: string;
  what: string;
  count: number;
  firstLine: number;
  firstValue: string;
}

const SHOWN_CHARS = 80;

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * The import's problems as data (style habit 4): rejected rows with line, column, value, code and
 * message, the first REJECTED_DETAIL_LIMIT kept in full with their fields, the rest only counted;
 * and unreadable values of optional columns, tallied per field for one warning each. Everything
 * kept is copied, so no parser chunk stays alive through a problem.
 * Example: log.reject(7, 'Start', 'soon', 'bad-time', 'could not read ‹v› as a date and time', row)
 *   → { line: 7, column: 'Start', value: 'soon', code: 'bad-time', message: "could not read 'soon' as a date and time" }
 */
export class ProblemLog {
  count = 0;
  readonly problems: ImportProblem[] = [];
  readonly rows: string[][] = [];
  private readonly unread = new Map<FieldKey, UnreadTally>();

  /** Records a rejected row; `‹v›` in `sentence` stands for the quoted value. */
  reject(line: number, column: string | null, value: string, code: ProblemCode, sentence: string, fields: readonly string[]): void {
    this.count++;
    if (this.problems.length >= REJECTED_DETAIL_LIMIT) return;
    const kept = copyString(value);
    const shown = kept.length > SHOWN_CHARS ? `${kept.slice(0, SHOWN_CHARS - 3)}...` : kept;
    this.problems.push({ line, column, value: kept, code, message: sentence.replace('‹v›', () => `'${shown}'`) });
    this.rows.push(fields.map(copyString));
  }

  /** Counts an unreadable value of an optional field (left unknown, not rejected). */
  tally(key: FieldKey, column: string, what: string, line: number, value: string): void {
    const tally = this.unread.get(key);
    if (tally) tally.count++;
    else this.unread.set(key, { column, what, count: 1, firstLine: line, firstValue: copyString(value.slice(0, 40)) });
  }

  /** One sentence per tallied field, and one when rejected rows went past the detail limit. */
  warnings(): string[] {
    const out: string[] = [];
    for (const t of this.unread.values()) {
      out.push(
        `${plural(t.count, 'value', 'values')} in '${t.column}' could not be read as ${t.what} and ` +
          `${t.count === 1 ? 'was' : 'were'} left unknown (first at line ${t.firstLine}: '${t.firstValue}').`,
      );
    }
    if (this.count > REJECTED_DETAIL_LIMIT) {
      out.push(`${plural(this.count, 'row was', 'rows were')} rejected; details are kept for the first ${REJECTED_DETAIL_LIMIT.toLocaleString('en-US')}.`);
    }
    return out;
  }
}
