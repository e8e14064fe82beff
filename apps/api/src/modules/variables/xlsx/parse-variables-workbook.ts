import ExcelJS from 'exceljs';
import { VARIABLE_NAME_MAX, VARIABLE_NAME_RULE, VARIABLE_VALUE_MAX } from '@devops/contracts/variables';
import { checkXlsxArchive, DAMAGED_MESSAGE } from './check-xlsx-archive.ts';
import { isBlank, readCellText, type CellReading } from './read-cell-text.ts';
import { quote, VariablesFileError, type VariablesColumn, type VariablesFileIssue } from './variables-file-error.ts';

export { VariablesFileError, type VariablesFileIssue } from './variables-file-error.ts';

export interface ParsedVariable {
  /** 1-based row in the sheet, for messages that point the user at the right line. */
  row: number;
  name: string;
  /** '' only for a secure row without a value, as exported: the caller decides what that means. */
  value: string;
  secure: boolean;
}

export interface ParsedVariables {
  rows: ParsedVariable[];
}

export interface ParseVariablesLimits {
  maxRows?: number;
  maxUncompressedBytes?: number;
}

export const DEFAULT_MAX_ROWS = 20_000;
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
export const DATA_SHEET = 'Data';
const HEADERS = ['name', 'value', 'secure'] as const;
const COLUMN_LETTERS = ['A', 'B', 'C'] as const;

/**
 * Same language as Connect's `^[A-Za-z](?:[A-Za-z0-9_\-.]+)*$`, without its nested quantifier: that one
 * backtracks exponentially, and a 30-character name ending in '!' takes seconds to reject.
 */
const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_\-.]*$/;

/**
 * Reads the variables of an import workbook: sheet "Data", headers name/value/secure in A1:C1, one
 * variable per row below. Throws VariablesFileError listing every problem found, or only the first
 * file-level one (not a workbook, no such sheet, wrong headers, too many rows) since nothing after it can be trusted.
 *
 * Decisions:
 * - The sheet may be named "Data" up to case and surrounding spaces ("data ", "DATA"), when exactly one
 *   sheet matches that way: nobody means another sheet, and a failed import for "data " only annoys.
 * - Columns right of C (headers and data) are ignored: people keep notes there, and nothing is lost.
 * - Rows whose A–C cells are empty or only spaces are skipped wherever they are.
 * - Cell conversion: see readCellText. Names and secure flags are trimmed, values never are.
 * - exceljs loads the whole workbook, not its streaming WorkbookReader: both are well within budget for
 *   10,000 rows, but exceljs 4.4's streaming reader keeps only the last run of inline rich text (silent
 *   data loss), reads TRUE/FALSE and error formula results as 1/0 and NaN, misses date formats on
 *   formula results and spills sheets to temporary files. Memory stays bounded by the uncompressed-size
 *   check, done before exceljs sees the file.
 */
export async function parseVariablesWorkbook(data: Buffer, limits: ParseVariablesLimits = {}): Promise<ParsedVariables> {
  const maxRows = limits.maxRows ?? DEFAULT_MAX_ROWS;
  await checkXlsxArchive(data, limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES);

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` (an ArrayBuffer); at run time it wants exactly a Node Buffer.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    // Its own messages ("Corrupted zip?", "Cannot read properties of undefined") mean nothing to users.
    throw VariablesFileError.ofFile(DAMAGED_MESSAGE);
  }
  const sheet = findDataSheet(workbook);
  checkHeaders(sheet);
  return readRows(sheet, maxRows);
}

function findDataSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const exact = sheets.find((sheet) => sheet.name === DATA_SHEET);
  if (exact) return exact;
  const loose = sheets.filter((sheet) => sheet.name.trim().toLowerCase() === DATA_SHEET.toLowerCase());
  if (loose.length === 1 && loose[0]) return loose[0];
  const names = sheets.length === 0 ? 'none' : sheets.map((sheet) => sheet.name).join(', ');
  throw VariablesFileError.ofFile(`The file has no sheet named "${DATA_SHEET}" (sheets: ${names})`);
}

function readColumns(row: ExcelJS.Row): [CellReading, CellReading, CellReading] {
  return [readCellText(row.getCell(1).value), readCellText(row.getCell(2).value), readCellText(row.getCell(3).value)];
}

function checkHeaders(sheet: ExcelJS.Worksheet): void {
  const found = readColumns(sheet.getRow(1));
  // Says which column is wrong without quoting it: when row 1 holds a variable, B1 is a value, maybe a secret.
  const wrong = HEADERS.flatMap((header, index) => {
    const reading = found[index];
    const text = reading?.kind === 'text' ? reading.text.trim().toLowerCase() : null;
    if (text === header) return [];
    const letter = COLUMN_LETTERS[index] ?? '?';
    return [reading === undefined || isBlank(reading) ? `${letter}1 is empty` : `${letter}1 is not "${header}"`];
  });
  if (wrong.length > 0) {
    throw new VariablesFileError([
      { row: 1, column: null, message: `the first row must hold the headers name, value and secure in columns A, B and C (${wrong.join(', ')})` },
    ]);
  }
}

function readRows(sheet: ExcelJS.Worksheet, maxRows: number): ParsedVariables {
  const rows: ParsedVariable[] = [];
  const issues: VariablesFileIssue[] = [];
  const firstRowOfName = new Map<string, number>();
  let count = 0;
  let tooMany = false;

  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1 || tooMany) return;
    const [nameCell, valueCell, secureCell] = readColumns(row);
    if (isBlank(nameCell) && isBlank(valueCell) && isBlank(secureCell)) return;
    if (++count > maxRows) {
      tooMany = true;
      return;
    }
    const report: Report = (column, message) => {
      issues.push({ row: rowNumber, column, message });
      return null;
    };
    const before = issues.length;

    const name = readName(nameCell, report);
    if (name !== null) {
      const first = firstRowOfName.get(name);
      if (first === undefined) firstRowOfName.set(name, rowNumber);
      else report('name', `${quote(name)} is already used in row ${first}`);
    }
    const secure = readSecure(secureCell, report);
    const value = readValue(valueCell, secure, report);
    if (issues.length === before && name !== null && secure !== null && value !== null) {
      rows.push({ row: rowNumber, name, value, secure });
    }
  });

  if (tooMany) {
    const limit = maxRows.toLocaleString('en-US');
    throw VariablesFileError.ofFile(`The sheet "${sheet.name}" has more than ${limit} variables; import them in files of at most ${limit} rows`);
  }
  if (issues.length > 0) throw new VariablesFileError(issues);
  return { rows };
}

/** Records a problem of the current row; returns null so that readers can `return report(…)`. */
type Report = (column: VariablesColumn, message: string) => null;

function readName(cell: CellReading, report: Report): string | null {
  if (cell.kind === 'problem') return report('name', cell.message);
  const name = cell.kind === 'empty' ? '' : cell.text.trim();
  if (name === '') return report('name', 'is empty; every variable needs a name');
  if (name.length > VARIABLE_NAME_MAX) return report('name', `${quote(name)} is longer than ${VARIABLE_NAME_MAX} characters`);
  if (!NAME_PATTERN.test(name)) return report('name', `${quote(name)} ${VARIABLE_NAME_RULE}`);
  return name;
}

function readSecure(cell: CellReading, report: Report): boolean | null {
  if (cell.kind === 'boolean') return cell.value;
  if (cell.kind === 'problem') return report('secure', cell.message);
  const flag = cell.kind === 'empty' ? '' : cell.text.trim();
  if (flag === '') return report('secure', 'is empty; it must be yes or no');
  const lower = flag.toLowerCase();
  if (lower === 'yes' || lower === 'no') return lower === 'yes';
  return report('secure', `${quote(flag)} must be yes or no`);
}

/** Never quotes the value: it may be a secret, and messages end up in logs and on screens. */
function readValue(cell: CellReading, secure: boolean | null, report: Report): string | null {
  if (cell.kind === 'problem') return report('value', cell.message);
  if (cell.kind === 'empty') {
    if (secure === true) return '';
    // With an unreadable secure flag we cannot tell whether an empty value is allowed; that flag is reported already.
    if (secure === false) report('value', 'is empty; only a secure variable may be left without a value');
    return null;
  }
  if (cell.text.length > VARIABLE_VALUE_MAX) {
    return report('value', `is longer than ${VARIABLE_VALUE_MAX.toLocaleString('en-US')} characters`);
  }
  return cell.text;
}
