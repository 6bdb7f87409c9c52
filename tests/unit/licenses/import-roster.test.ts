// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importRoster } from '../../../src/core/licenses/import-roster.ts';
import { ImportFileError } from '../../../src/core/ingest/types.ts';

describe('importRoster(text, spec)', () => {
  it('reads a licenses-list column split by ; or |, with a BOM and CRLF, numbering rows by physical line', () => {
    const text = '\uFEFFUser,Status,Licenses\r\nAnn Lee,active,CRM; Dialer Tab; Dialer\r\n\r\nBo Diaz,hidden,crm | flex port\r\n';
    const r = importRoster(text);
    expect(r.bom).toBe(true);
    expect(r.header).toEqual(['User', 'Status', 'Licenses']);
    expect(r.roster).toEqual([
      { user: 'Ann Lee', key: 'ann lee', status: 'active', licenses: ['crm', 'dialer_tab', 'dialer'], line: 2 },
      { user: 'Bo Diaz', key: 'bo diaz', status: 'hidden', licenses: ['crm', 'flex_port'], line: 4 },
    ]);
    expect(r.problems).toEqual([]);
  });

  it('reads one column per license (yes/no, 1/0, x, true, blank) with ; as delimiter and quoted names', () => {
    const text = [
      'Agent;State;CRM;Dialer Tab;Dialer;Flex Port License',
      '"Lee; Ann";Active;yes;1;x;TRUE',
      'Bo;deleted;Y;0;;no',
      '',
    ].join('\n');
    const r = importRoster(text);
    expect(r.delimiter).toBe(';');
    expect(r.mapping.columns).toEqual({ user: 0, status: 1, crm: 2, dialer_tab: 3, dialer: 4, flex_port: 5 });
    expect(r.roster.map((e) => [e.user, e.status, e.licenses])).toEqual([
      ['Lee; Ann', 'active', ['crm', 'dialer_tab', 'dialer', 'flex_port']],
      ['Bo', 'hidden', ['crm']],
    ]);
  });

  it('takes the union when a roster has both a list column and license columns', () => {
    const r = importRoster('Name,Licenses,Flex Port\nAnn,CRM,yes\n');
    expect(r.roster[0]!.licenses).toEqual(['crm', 'flex_port']);
  });

  it('keeps every bad row as a problem with its line, column and value, and every good row', () => {
    const text = [
      'User,Status,Licenses,Dialer',
      'Ann,active,CRM,yes',
      'Bo,on leave,CRM,yes',
      'Cy,active,CRM; Recording,no',
      ',active,CRM,no',
      'Di,active,CRM,maybe',
      'Ed,active',
      'Flo,hidden,,0',
      '',
    ].join('\n');
    const r = importRoster(text);
    expect(r.roster.map((e) => e.user)).toEqual(['Ann', 'Flo']);
    expect(r.problems.map((p) => [p.line, p.column, p.value, p.code])).toEqual([
      [3, 'Status', 'on leave', 'bad-status'],
      [4, 'Licenses', 'CRM; Recording', 'unknown-license'],
      [5, 'User', '', 'missing-user'],
      [6, 'Dialer', 'maybe', 'bad-flag'],
      [7, null, 'Ed,active', 'short-row'],
    ]);
    expect(r.roster.length + r.problems.length).toBe(r.rows);
    expect(r.rejectedUsers).toEqual(['Bo', 'Cy', 'Di', 'Ed']);
    expect(r.problems[1]!.message).toContain("'Recording' is not a license");
  });

  it('counts the lines inside a quoted field, so later rows keep their physical line', () => {
    const r = importRoster('User,Note,Licenses\nAnn,"two\nlines",CRM\nBo,x,CRM;Dialer;Dialer Tab;Sofa\n');
    expect(r.roster[0]!.line).toBe(2);
    expect(r.problems[0]!.line).toBe(4);
  });

  it('reports a later row for the same user (ignoring case and spaces) as a duplicate and keeps the first', () => {
    const r = importRoster('User,Licenses\nAnn  Lee,CRM\nann lee,CRM;Dialer\n');
    expect(r.roster).toHaveLength(1);
    expect(r.roster[0]!.licenses).toEqual(['crm']);
    expect(r.problems[0]).toMatchObject({ line: 3, column: 'User', value: 'ann lee', code: 'duplicate-user' });
    expect(r.problems[0]!.message).toContain('line 2');
  });

  it('lets a spec name the columns the header does not say, and refuses a name not in the header', () => {
    const text = 'Who,Seats,Visible\nAnn,CRM|Dialer,active\n';
    const r = importRoster(text, { columns: { user: 'who', licenses: 'SEATS', status: 'visible' } });
    expect(r.roster[0]).toMatchObject({ user: 'Ann', status: 'active', licenses: ['crm', 'dialer'] });
    expect(() => importRoster(text, { columns: { user: 'Email' } })).toThrow(ImportFileError);
  });

  it('reads everyone as active, with a warning, when there is no status column', () => {
    const r = importRoster('Name,CRM\nAnn,yes\n');
    expect(r.roster[0]!.status).toBe('active');
    expect(r.warnings.join(' ')).toContain('No status column');
  });

  it('refuses an empty roster, a header without users and a binary file with ImportFileError', () => {
    expect(() => importRoster('\n\n')).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => importRoster('User,Licenses\n')).toThrow(expect.objectContaining({ code: 'header-only' }));
    expect(() => importRoster('PK\u0003\u0004\u0000\u0000')).toThrow(expect.objectContaining({ code: 'binary' }));
  });

  it('names columns Column N when the first row is data, and then needs a spec for the user', () => {
    expect(() => importRoster('Ann,CRM\nBo,CRM\n')).toThrow(expect.objectContaining({ code: 'bad-mapping' }));
    const r = importRoster('Ann,CRM\nBo,Dialer\n', { columns: { user: 'Column 1', licenses: 'Column 2' } });
    expect(r.hasHeader).toBe(false);
    expect(r.roster.map((e) => [e.user, e.line])).toEqual([['Ann', 1], ['Bo', 2]]);
  });
});
