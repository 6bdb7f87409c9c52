import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../../src/app/components/ports/csv.ts';
import { portsCsvFileName, portsTableCsv } from '../../../../src/app/components/ports/ports-csv.ts';
import { makeResult } from './factories.ts';

describe('csvCell(value)', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tlead', "'\tlead"],
    ['\rlead', "\"'\rlead\""],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' edge', '" edge"'],
    ['=1,2', "\"'=1,2\""],
  ])('prefixes formula starts with a quote and quotes what needs it: %j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as numbers, negative ones included, and non-finite ones as empty cells', () => {
    expect(csvCell(0.0125)).toBe('0.0125');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv(rows)', () => {
  it('joins cells with commas and ends every line with CRLF', () => {
    expect(toCsv([['a', 1], ['=b', 2]])).toBe("a,1\r\n'=b,2\r\n");
    expect(toCsv([])).toBe('');
  });
});

describe('portsTableCsv(result)', () => {
  it('has one header line and one line per port count, shares as fractions with their intervals and Erlang B', () => {
    const csv = portsTableCsv(makeResult([0.05, 0.01], 14));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'ports,blocking_mean,blocking_lo95,blocking_hi95,busy_hour_blocking_mean,busy_hour_blocking_lo95,busy_hour_blocking_hi95,' +
        'errors_per_month_mean,errors_per_month_p50,errors_per_month_p95,utilisation_mean,utilisation_lo95,utilisation_hi95,erlang_b_busy_hour',
    );
    // blocking 0.05 ± 0.005; busy hour 0.1 ± 0.01; errors 50, 45, 75; utilisation 0.5 ± 0.01; Erlang B 0.05.
    expect(lines[1]).toBe('14,0.05,0.045,0.055,0.1,0.09,0.11,50,45,75,0.5,0.49,0.51,0.05');
    expect(lines[2]!.startsWith('15,0.01,')).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('adds Extended Erlang B, blocked attempts per call, as a last column when the run had retries', () => {
    const result = { ...makeResult([0.05, 0.01], 10), extendedErlangB: [{ ports: 10, blocking: 0.06, errorsPerCall: 0.07, lostShare: 0.03 }] };
    const lines = portsTableCsv(result).split('\r\n');
    expect(lines[0]!.split(',').at(-1)).toBe('extended_erlang_b_errors_per_call');
    expect(lines[1]!.split(',').at(-1)).toBe('0.07');
    // A port count without a steady state has no value: an empty cell.
    expect(lines[2]!.split(',').at(-1)).toBe('');
    expect(portsTableCsv(makeResult([0.05], 10)).split('\r\n')[0]).not.toContain('extended');
  });

  it('rounds to six significant digits so float noise never reaches the spreadsheet', () => {
    const result = makeResult([0.1 + 0.2]);
    expect(portsTableCsv(result).split('\r\n')[1]!.split(',')[1]).toBe('0.3');
  });
});

describe('portsCsvFileName(source, seed)', () => {
  it('keeps letters and digits of the data set name and the seed', () => {
    expect(portsCsvFileName('outbound-team.csv', '1')).toBe('ports-outbound-team-seed-1.csv');
    expect(portsCsvFileName('=HYPERLINK("x")', 'a b')).toBe('ports-hyperlink-x-seed-a-b.csv');
    expect(portsCsvFileName('', '')).toBe('ports-scenario-seed-x.csv');
  });
});
