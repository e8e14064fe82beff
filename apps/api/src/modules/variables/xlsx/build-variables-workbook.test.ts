import ExcelJS from 'exceljs';
import XlsxPopulate from 'xlsx-populate';
import { describe, expect, it } from 'vitest';
import { buildVariablesWorkbook, escapeCellText, type VariablesWorkbookInput } from './build-variables-workbook.ts';
import { parseVariablesWorkbook } from './parse-variables-workbook.ts';

const info: VariablesWorkbookInput['info'] = {
  accountName: 'Vendor & Sons <Ltd>',
  accountId: 'VA-000-001',
  extensionName: 'Fulfilment',
  extensionId: 'SRVC-1234-5678',
  environmentId: 'ENV-1234-5678-01',
  environmentType: 'development',
  products: [
    { id: 'PRD-111-222-333', name: 'Cloud Backup' },
    { id: 'PRD-444-555-666', name: 'Mail' },
  ],
  exportedAt: new Date('2026-01-31T13:45:07.123Z'),
};

const awkwardValues: Record<string, string> = {
  LEADING_ZEROS: '00123',
  EXPONENT: '1e5',
  LOOKS_LIKE_A_FORMULA: '=1+2',
  LOOKS_LIKE_A_BOOLEAN: 'TRUE',
  LOOKS_LIKE_A_DATE: '2026-01-31',
  SPACES: '  padded  ',
  UNICODE: 'Grüße, 日本語, emoji 😀, RTL עברית',
  NEWLINES: 'line 1\nline 2\n',
  WINDOWS_NEWLINES: 'line 1\r\nline 2\r\n',
  TABS: 'a\tb',
  CONTROL_CHARACTERS: 'bell\x07 escape\x1b',
  LITERAL_ESCAPE: 'not a carriage return: _x000D_ nor _x005F_x0041_',
  XML: '<tag attr="1">&amp;</tag>',
  LONGEST: 'v'.repeat(21_959) + 'é',
};

describe('buildVariablesWorkbook', () => {
  it('round-trips through parseVariablesWorkbook exactly, leaving secure values out', async () => {
    const plain = Object.entries(awkwardValues).map(([name, value]) => ({ name, value, secure: false }));
    const secure = [
      { name: 'TOKEN', value: null, secure: true },
      { name: 'PASSWORD', value: 'caller-forgot-to-hide-this', secure: true },
    ];
    const file = await buildVariablesWorkbook({ variables: [...plain, ...secure], info });
    const { rows } = await parseVariablesWorkbook(file);
    expect(rows.map(({ name, value, secure }) => ({ name, value, secure }))).toEqual([
      ...plain,
      { name: 'TOKEN', value: '', secure: true },
      { name: 'PASSWORD', value: '', secure: true },
    ]);
    expect(rows.map((row) => row.row)).toEqual(Array.from({ length: rows.length }, (_, index) => index + 2));
  });

  it('keeps a secure value out of every cell of every sheet', async () => {
    const file = await buildVariablesWorkbook({ variables: [{ name: 'PASSWORD', value: 'hunter2-secret', secure: true }], info });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));
    expect(texts).toContain('PASSWORD');
    expect(texts.join('\n')).not.toContain('hunter2');
  });

  it('writes Data first with bold headers and text-formatted columns, then General Information', async () => {
    const file = await buildVariablesWorkbook({ variables: [{ name: 'A', value: '00123', secure: false }], info });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Data', 'General Information']);
    const data = workbook.getWorksheet('Data')!;
    expect(data.getRow(1).values).toEqual([undefined, 'name', 'value', 'secure']);
    expect(data.getCell('A1').font?.bold).toBe(true);
    // Stored as text, so Excel shows 00123 and keeps what the user retypes as text.
    expect(data.getCell('B2').value).toBe('00123');
    expect(data.getCell('B2').numFmt).toBe('@');
    expect(data.getColumn(2).width).toBe(60);

    const general = workbook.getWorksheet('General Information')!;
    const rows = general.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1));
    expect(rows).toEqual([
      ['Account', 'Vendor & Sons <Ltd>'],
      ['Account ID', 'VA-000-001'],
      ['Extension', 'Fulfilment'],
      ['Extension ID', 'SRVC-1234-5678'],
      ['Environment ID', 'ENV-1234-5678-01'],
      ['Environment type', 'development'],
      ['Product', 'Cloud Backup (PRD-111-222-333)'],
      ['Product', 'Mail (PRD-444-555-666)'],
      ['Export date', info.exportedAt],
    ]);
    expect(general.getCell('B9').numFmt).toBe('yyyy-mm-dd hh:mm:ss "UTC"');
  });

  it('says "none" when the extension has no products', async () => {
    const file = await buildVariablesWorkbook({ variables: [], info: { ...info, products: [] } });
    const workbook = await XlsxPopulate.fromDataAsync(file);
    expect(workbook.sheet('General Information').cell('A7').value()).toBe('Products');
    expect(workbook.sheet('General Information').cell('B7').value()).toBe('none');
  });

  it('is readable by another spreadsheet library', async () => {
    const file = await buildVariablesWorkbook({
      variables: [
        { name: 'PLAIN', value: '00123', secure: false },
        { name: 'HIDDEN', value: null, secure: true },
      ],
      info,
    });
    const sheet = (await XlsxPopulate.fromDataAsync(file)).sheet('Data');
    const cells = ['A2', 'B2', 'C2', 'A3', 'B3', 'C3'].map((address) => sheet.cell(address).value());
    expect(cells).toEqual(['PLAIN', '00123', 'no', 'HIDDEN', undefined, 'yes']);
  });
});

describe('escapeCellText', () => {
  it("uses Excel's _xHHHH_ escapes for control characters and for text that looks like one", () => {
    expect(escapeCellText('a\r\nb\tc\x01')).toBe('a_x000D_\nb\tc_x0001_');
    expect(escapeCellText('_x0041_ and _x00e9_ but not _x12_')).toBe('_x005F_x0041_ and _x005F_x00e9_ but not _x12_');
    expect(escapeCellText('plain text, ünïcødé')).toBe('plain text, ünïcødé');
  });
});
