import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from './csv.ts';

describe('CSV for spreadsheets', () => {
  it('quotes cells holding commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    const cells = ['=1+1', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'];

    expect(cells.map(csvCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
      '"\'=HYPERLINK(""http://x"",""y"")"',
    ]);
  });

  it('leaves negative decimals as numbers a spreadsheet reads (no leading quote)', () => {
    expect(['-2.50', '-12', '-0.01'].map(csvCell)).toEqual(['-2.50', '-12', '-0.01']);
    expect(['-2.50e3', '-1,5', '- 3'].map(csvCell)).toEqual(["'-2.50e3", '"\'-1,5"', "'- 3"]);
  });

  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(
      csvDocument([
        ['编号', 'Title'],
        ['1', '报销'],
      ]),
    ).toBe('\uFEFF编号,Title\r\n1,报销\r\n');
  });
});
