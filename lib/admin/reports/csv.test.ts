import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from './csv';

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Walk-run ladder')).toBe('Walk-run ladder');
    expect(csvField(42)).toBe('42');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField('2026-01-05')).toBe('2026-01-05');
    expect(csvField('< 5')).toBe('< 5');
  });

  it('writes null and non-finite numbers as an empty field', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes a field holding a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('Okafor, Chris')).toBe('"Okafor, Chris"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
  });

  it('quotes leading or trailing spaces so they survive', () => {
    expect(csvField(' padded ')).toBe('" padded "');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe(`"'+1"`);
    expect(csvField('-1')).toBe(`"'-1"`);
    expect(csvField('@sum')).toBe(`"'@sum"`);
  });

  it("keeps an apostrophe in a name as it is", () => {
    expect(csvField("Liam O'Brien")).toBe("Liam O'Brien");
  });
});

describe('toCsv', () => {
  it('writes a BOM, the header and the rows with CRLF line ends', () => {
    expect(toCsv(['Phase', 'Runners'], [['Foundation', 7], ['Walk-run, ladder', '< 5']])).toBe(
      `${UTF8_BOM}Phase,Runners\r\nFoundation,7\r\n"Walk-run, ladder",< 5\r\n`,
    );
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(['Week starting'], [])).toBe(`${UTF8_BOM}Week starting\r\n`);
  });
});
