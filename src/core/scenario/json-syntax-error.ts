/**
 * Where a JSON text stops being JSON, as line and column, with the same wording in every engine
 * (engines disagree: V8 on Node 20 often names no position at all, Firefox names line and column).
 */

export interface JsonSyntaxProblem {
  /** 1-based line and column (in UTF-16 code units) of the first character that cannot be read. */
  line: number;
  column: number;
  /** What was expected there, e.g. "expected ',' or '}' after a property value". */
  problem: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Stop {
  constructor(
    readonly at: number,
    readonly problem: string,
  ) {}
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the end of the file';
  const ch = text.slice(at, at + 12).split(/[\s,{}[\]:]/)[0] || text[at]!;
  return `'${ch}'`;
}

/**
 * The first syntax error of `text` read as JSON (RFC 8259), or null when it is valid JSON.
 * Example: jsonSyntaxError('{\n  "a": 1\n  "b": 2\n}') →
 *   { line: 3, column: 3, problem: "expected ',' or '}' after a property value, found '\"b\"'" }
 */
export function jsonSyntaxError(text: string): JsonSyntaxProblem | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const fail = (expected: string): never => {
    throw new Stop(i, `${expected}, found ${describe(text, i)}`);
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('expected the closing \'"\' of a string');
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) fail('expected an escape such as \\n, \\" or \\u00e9');
        i = ESCAPE.lastIndex;
      } else if (c < 0x20) {
        throw new Stop(i, 'a line break or control character inside a string (write it as \\n)');
      } else i++;
    }
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') return void i++;
      for (;;) {
        skip();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        string();
        skip();
        if (text[i] !== ':') fail("expected ':' after a property name");
        i++;
        value();
        skip();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') return void i++;
        fail("expected ',' or '}' after a property value");
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        skip();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') return void i++;
        fail("expected ',' or ']' after an array element");
      }
    }
    if (c === '"') return string();
    for (const word of LITERALS) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    NUMBER.lastIndex = i;
    if (c !== undefined && NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    fail('expected a value (an object, array, string, number, true, false or null)');
  };

  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    skip();
    if (i < text.length) fail('expected the end of the file after the top-level value');
    return null;
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    const before = text.slice(0, err.at);
    const line = before.split('\n').length;
    const column = err.at - (before.lastIndexOf('\n') + 1) + 1;
    return { line, column, problem: err.problem };
  }
}
