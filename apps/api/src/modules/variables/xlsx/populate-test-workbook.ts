// Test support (not a test): workbooks written by xlsx-populate, a different writer from the exceljs we read
// with, so the parser is tested against files it did not make itself.
import XlsxPopulate, { type Cell, type XmlNode } from 'xlsx-populate';

/** A plain value, null to leave the cell alone, or a function for cells that need more than a value. */
export type CellInput = string | number | boolean | null | ((cell: Cell) => void);
/** Rows from row 1; null leaves a row untouched (absent from the file). */
export type SheetRows = (CellInput[] | null)[];

export const HEADER: CellInput[] = ['name', 'value', 'secure'];

export async function populateWorkbook(sheets: { name: string; rows: SheetRows }[]): Promise<Buffer> {
  const workbook = await XlsxPopulate.fromBlankAsync();
  sheets.forEach(({ name, rows }, index) => {
    const sheet = index === 0 ? workbook.sheet(0).name(name) : workbook.addSheet(name);
    rows.forEach((row, rowIndex) => {
      row?.forEach((input, columnIndex) => {
        if (input === null) return;
        const cell = sheet.cell(rowIndex + 1, columnIndex + 1);
        if (typeof input === 'function') input(cell);
        else cell.value(input);
      });
    });
  });
  return workbook.outputAsync();
}

/** Sheet "Data" with the standard headers in row 1 and `rows` from row 2. */
export function dataWorkbook(rows: SheetRows, extraSheets: string[] = []): Promise<Buffer> {
  return populateWorkbook([{ name: 'Data', rows: [HEADER, ...rows] }, ...extraSheets.map((name) => ({ name, rows: [] }))]);
}

/** A number cell with a date format: how Excel stores dates (serial days since 1899-12-30). */
export const dateCell = (serial: number, format = 'yyyy-mm-dd') => (cell: Cell) => {
  cell.value(serial).style('numberFormat', format);
};

/**
 * A formula with the result a spreadsheet program saved beside it (<f>…</f><v>…</v>, t="str"/"b"/"e" for
 * text, TRUE/FALSE and error results). xlsx-populate drops the result of formulas it sets, so it is
 * written through the private fields xlsx-populate itself uses to keep XML it does not understand.
 */
export const formulaCell = (formula: string, result?: string | number, type?: 'str' | 'b' | 'e') => (cell: Cell) => {
  cell.formula(formula);
  if (type) cell._remainingAttributes = { t: type };
  if (result !== undefined) cell._remainingChildren = [{ name: 'v', children: [result] }];
};

/** An error cell such as #N/A, as Excel saves one: <c t="e"><v>#N/A</v></c>. */
export const errorCell = (code: string) => (cell: Cell) => {
  cell._remainingAttributes = { t: 'e' };
  cell._remainingChildren = [{ name: 'v', children: [code] }];
};

/** Rich text in the shared strings table (what Excel writes): runs with their own fonts. */
export const richTextCell = (...runs: string[]) => (cell: Cell) => {
  const text = new XlsxPopulate.RichText();
  runs.forEach((run, index) => text.add(run, index % 2 === 0 ? { bold: true } : { italic: true }));
  cell.value(text);
};

/** Rich text stored inline in the cell (<is><r>…</r></is>), as some generators (exceljs among them) write it. */
export const inlineRichTextCell = (...runs: string[]) => (cell: Cell) => {
  cell._remainingAttributes = { t: 'inlineStr' };
  const toRun = (run: string): XmlNode => ({ name: 'r', children: [{ name: 't', attributes: { 'xml:space': 'preserve' }, children: [run] }] });
  cell._remainingChildren = [{ name: 'is', children: runs.map(toRun) }];
};

export const hyperlinkCell = (text: string, url: string) => (cell: Cell) => {
  cell.value(text).hyperlink(url);
};

/** A cell with formatting and no value, like the rows Excel keeps after a user clears their contents. */
export const formattedBlankCell = (cell: Cell) => {
  cell.style('bold', true);
};
