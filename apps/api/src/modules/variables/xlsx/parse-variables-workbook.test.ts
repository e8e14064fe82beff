import { describe, expect, it } from 'vitest';
import { parseVariablesWorkbook, VariablesFileError } from './parse-variables-workbook.ts';
import {
  dataWorkbook,
  dateCell,
  errorCell,
  formattedBlankCell,
  formulaCell,
  HEADER,
  hyperlinkCell,
  inlineRichTextCell,
  populateWorkbook,
  richTextCell,
} from './populate-test-workbook.ts';

const NAME_RULE = "may contain only letters, digits, '_', '-' and '.' and must start with a letter";

/** The messages a user would see for `data`; fails the test if the file is accepted. */
async function messagesFor(data: Buffer, limits?: Parameters<typeof parseVariablesWorkbook>[1]): Promise<string[]> {
  const error = await parseVariablesWorkbook(data, limits).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(VariablesFileError);
  return (error as VariablesFileError).toMessages();
}

describe('parseVariablesWorkbook: cell conversion (files written by xlsx-populate)', () => {
  it('turns every kind of cell into the text a user sees in Excel', async () => {
    const file = await dataWorkbook([
      ['INTEGER', 42, 'no'],
      ['FLOAT_NOISE', 0.1 + 0.2, 'no'],
      ['NEGATIVE', -7.25, 'no'],
      ['HUGE', 1e21, 'no'],
      ['BOOLEAN', true, 'no'],
      ['DATE', dateCell(46053), 'no'],
      ['DATE_TIME', dateCell(46053.5729166667, 'yyyy-mm-dd hh:mm'), 'no'],
      ['FORMULA_NUMBER', formulaCell('1+2', 3), 'no'],
      ['FORMULA_TEXT', formulaCell('"ab"&"cd"', 'abcd', 'str'), 'no'],
      ['FORMULA_BOOLEAN', formulaCell('1=1', 1, 'b'), 'no'],
      ['FORMULA_DATE', (cell) => formulaCell('DATE(2026,1,31)', 46053)(cell.style('numberFormat', 'yyyy-mm-dd')), 'no'],
      ['RICH', richTextCell('bold', ' and ', 'italic'), 'no'],
      ['INLINE_RICH', inlineRichTextCell('one', 'two'), 'no'],
      ['LINK', hyperlinkCell('https://example.com/docs', 'https://example.com/docs'), 'no'],
      ['CARRIAGE_RETURN', 'line one_x000D_\nline two', 'no'],
    ]);
    const { rows } = await parseVariablesWorkbook(file);
    expect(Object.fromEntries(rows.map((row) => [row.name, row.value]))).toEqual({
      INTEGER: '42',
      // Rounded to Excel's 15 significant digits: Excel shows 0.3, so the import says 0.3.
      FLOAT_NOISE: '0.3',
      NEGATIVE: '-7.25',
      HUGE: '1e+21',
      BOOLEAN: 'true',
      DATE: '2026-01-31',
      DATE_TIME: '2026-01-31T13:45:00.000Z',
      FORMULA_NUMBER: '3',
      FORMULA_TEXT: 'abcd',
      FORMULA_BOOLEAN: 'true',
      FORMULA_DATE: '2026-01-31',
      RICH: 'bold and italic',
      INLINE_RICH: 'onetwo',
      LINK: 'https://example.com/docs',
      // Excel writes a carriage return as _x000D_.
      CARRIAGE_RETURN: 'line one\r\nline two',
    });
    expect(rows.map((row) => row.row)).toEqual(Array.from({ length: 15 }, (_, index) => index + 2));
  });

  it('trims names and secure flags but never values', async () => {
    const file = await dataWorkbook([
      ['  PADDED_NAME \t', '  spaced value  ', ' No '],
      ['UPPER', 'x', 'YES'],
      ['BOOL_TRUE', 'x', true],
      ['BOOL_FALSE', 'x', false],
      ['ONLY_SPACES', '   ', 'no'],
    ]);
    const { rows } = await parseVariablesWorkbook(file);
    expect(rows).toEqual([
      { row: 2, name: 'PADDED_NAME', value: '  spaced value  ', secure: false },
      { row: 3, name: 'UPPER', value: 'x', secure: true },
      { row: 4, name: 'BOOL_TRUE', value: 'x', secure: true },
      { row: 5, name: 'BOOL_FALSE', value: 'x', secure: false },
      { row: 6, name: 'ONLY_SPACES', value: '   ', secure: false },
    ]);
  });

  it('skips empty rows in the middle and formatting-only rows at the end, keeping sheet row numbers', async () => {
    const blankRow = [formattedBlankCell, formattedBlankCell, formattedBlankCell];
    const file = await dataWorkbook([['FIRST', '1', 'no'], null, blankRow, ['', ' ', null], ['SECOND', '2', 'no'], blankRow, null, blankRow]);
    const { rows } = await parseVariablesWorkbook(file);
    expect(rows.map(({ row, name }) => [row, name])).toEqual([
      [2, 'FIRST'],
      [6, 'SECOND'],
    ]);
  });

  it('returns secure rows without a value as empty values, for the caller to decide', async () => {
    const { rows } = await parseVariablesWorkbook(await dataWorkbook([['TOKEN', null, 'yes']]));
    expect(rows).toEqual([{ row: 2, name: 'TOKEN', value: '', secure: true }]);
  });

  it('accepts a sheet with headers only', async () => {
    expect(await parseVariablesWorkbook(await dataWorkbook([]))).toEqual({ rows: [] });
  });

  it('refuses cells it cannot turn into a value', async () => {
    const file = await dataWorkbook([
      ['NOT_CALCULATED', formulaCell('A1&"x"'), 'no'],
      ['NOT_AVAILABLE', errorCell('#N/A'), 'no'],
      ['FORMULA_ERROR', formulaCell('1/0', '#DIV/0!', 'e'), 'no'],
      ['GOOD', 'fine', errorCell('#REF!')],
    ]);
    expect(await messagesFor(file)).toEqual([
      'Row 2, column value: formula without a saved result; open and save the file in a spreadsheet program',
      'Row 3, column value: the cell holds the error #N/A',
      'Row 4, column value: the cell holds the error #DIV/0!',
      'Row 5, column secure: the cell holds the error #REF!',
    ]);
  });
});

describe('parseVariablesWorkbook: sheet and headers', () => {
  it('names the sheets it found when there is no Data sheet', async () => {
    const file = await populateWorkbook([
      { name: 'Sheet1', rows: [HEADER, ['A', 'b', 'no']] },
      { name: 'Variables', rows: [] },
    ]);
    expect(await messagesFor(file)).toEqual(['The file has no sheet named "Data" (sheets: Sheet1, Variables)']);
  });

  it('accepts a sheet named Data up to case and surrounding spaces, when only one sheet matches', async () => {
    for (const name of ['data ', 'DATA', ' Data']) {
      const file = await populateWorkbook([
        { name: 'General Information', rows: [] },
        { name, rows: [HEADER, ['KEY', 'v', 'no']] },
      ]);
      expect((await parseVariablesWorkbook(file)).rows).toEqual([{ row: 2, name: 'KEY', value: 'v', secure: false }]);
    }
    const ambiguous = await populateWorkbook([
      { name: 'data ', rows: [HEADER] },
      { name: ' DATA', rows: [HEADER] },
    ]);
    expect(await messagesFor(ambiguous)).toEqual(['The file has no sheet named "Data" (sheets: data ,  DATA)']);
  });

  it('prefers the exact Data sheet and reads only it', async () => {
    const file = await populateWorkbook([
      { name: 'data ', rows: [['garbage']] },
      { name: 'Data', rows: [HEADER, ['KEY', 'v', 'no']] },
    ]);
    expect((await parseVariablesWorkbook(file)).rows).toHaveLength(1);
  });

  it('explains missing or misplaced headers without quoting the cells', async () => {
    const noHeaders = await populateWorkbook([{ name: 'Data', rows: [['API_KEY', 'hunter2', 'no']] }]);
    expect(await messagesFor(noHeaders)).toEqual([
      'Row 1: the first row must hold the headers name, value and secure in columns A, B and C (A1 is not "name", B1 is not "value", C1 is not "secure")',
    ]);
    const twoHeaders = await populateWorkbook([{ name: 'Data', rows: [['name', 'value'], ['KEY', 'v', 'no']] }]);
    expect(await messagesFor(twoHeaders)).toEqual([
      'Row 1: the first row must hold the headers name, value and secure in columns A, B and C (C1 is empty)',
    ]);
    const empty = await populateWorkbook([{ name: 'Data', rows: [] }]);
    expect(await messagesFor(empty)).toEqual([
      'Row 1: the first row must hold the headers name, value and secure in columns A, B and C (A1 is empty, B1 is empty, C1 is empty)',
    ]);
  });

  it('matches headers without regard to case or spaces, and ignores columns right of C', async () => {
    const file = await populateWorkbook([
      { name: 'Data', rows: [[' Name', 'VALUE ', 'Secure', 'notes'], ['KEY', 'v', 'no', 'ignored, whatever it holds']] },
    ]);
    expect((await parseVariablesWorkbook(file)).rows).toEqual([{ row: 2, name: 'KEY', value: 'v', secure: false }]);
  });
});

describe('parseVariablesWorkbook: row rules', () => {
  it('reports every problem of every row at once', async () => {
    const file = await dataWorkbook([
      ['API_KEY', 'a', 'no'],
      ['API KEY', 'b', 'no'],
      ['1ABC', 'c', 'no'],
      ['A', 'single letters are fine', 'maybe'],
      [null, 'value without a name', 'no'],
      ['EMPTY_VALUE', null, 'no'],
      ['NO_FLAG', 'v', null],
      ['API_KEY', 'again', 'no'],
      ['api_key', 'names are case-sensitive', 'no'],
      ['L'.repeat(257), 'v', 'no'],
      ['TOO_LONG', 'x'.repeat(21_961), 'no'],
    ]);
    expect(await messagesFor(file)).toEqual([
      `Row 3, column name: 'API KEY' ${NAME_RULE}`,
      `Row 4, column name: '1ABC' ${NAME_RULE}`,
      "Row 5, column secure: 'maybe' must be yes or no",
      'Row 6, column name: is empty; every variable needs a name',
      'Row 7, column value: is empty; only a secure variable may be left without a value',
      'Row 8, column secure: is empty; it must be yes or no',
      "Row 9, column name: 'API_KEY' is already used in row 2",
      `Row 11, column name: '${'L'.repeat(40)}…' is longer than 256 characters`,
      'Row 12, column value: is longer than 21,960 characters',
    ]);
  });

  it('rejects a long almost-valid name quickly (Connect’s own pattern backtracks exponentially on it)', async () => {
    const started = performance.now();
    const messages = await messagesFor(await dataWorkbook([[`A${'a'.repeat(200)}!`, 'v', 'no']]));
    expect(messages).toEqual([`Row 2, column name: 'A${'a'.repeat(39)}…' ${NAME_RULE}`]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('never puts a value in a message, even for rows full of other mistakes', async () => {
    const secret = 'sk_live_51HxSECRETdoNotLeak';
    const file = await dataWorkbook([
      ['BAD NAME', secret, 'maybe'],
      [null, secret, 'yes'],
      ['DUPLICATE', secret, 'yes'],
      ['DUPLICATE', secret, 'perhaps'],
      ['SECURE_FORMULA', formulaCell(`"${secret}"`), 'yes'],
    ]);
    const messages = await messagesFor(file);
    expect(messages).toHaveLength(6);
    for (const message of messages) expect(message).not.toContain('SECRET');
    const inHeaders = await populateWorkbook([{ name: 'Data', rows: [['TOKEN', secret, 'yes']] }]);
    expect((await messagesFor(inHeaders)).join('\n')).not.toContain('SECRET');
  });

  it('refuses more than maxRows variables with one message, not counting empty rows', async () => {
    const rows = Array.from({ length: 6 }, (_, index) => [`VAR_${index}`, 'v', 'no']);
    expect(await messagesFor(await dataWorkbook(rows), { maxRows: 5 })).toEqual([
      'The sheet "Data" has more than 5 variables; import them in files of at most 5 rows',
    ]);
    const withGaps = await dataWorkbook([...rows.slice(0, 5), null, [' ', null, null]]);
    expect((await parseVariablesWorkbook(withGaps, { maxRows: 5 })).rows).toHaveLength(5);
  });

  it('uses 20,000 rows as the default limit', async () => {
    const rows = Array.from({ length: 20_001 }, (_, index) => [`VAR_${index}`, 'v', 'no']);
    expect(await messagesFor(await dataWorkbook(rows))).toEqual([
      'The sheet "Data" has more than 20,000 variables; import them in files of at most 20,000 rows',
    ]);
  });
});
