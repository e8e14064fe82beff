import type { CellValue } from 'exceljs';

/** A cell as the importer sees it: nothing, text, a TRUE/FALSE cell (kept apart for the secure column), or a problem. */
export type CellReading =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean; text: string }
  | { kind: 'problem'; message: string };

export const NO_SAVED_RESULT = 'formula without a saved result; open and save the file in a spreadsheet program';
const KNOWN_ERRORS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

/**
 * What a cell holds, as text, the way a user reading the sheet in Excel would put it:
 * - strings as they are (no trimming: a value's spaces may matter);
 * - numbers rounded to 15 significant digits, the precision Excel keeps and shows, so that =0.1+0.2
 *   imports as 0.3 and not 0.30000000000000004; then JavaScript's shortest form (1e+21 for huge ones).
 *   This is the stored number, not its display format: 15% imports as 0.15, and 00123 typed into a
 *   General cell was already 123 when Excel saved it;
 * - TRUE/FALSE as true/false;
 * - dates (number cells with a date format) as ISO 8601: 2026-01-31 at midnight, else the full UTC
 *   timestamp. Excel dates carry no zone; exceljs reads them as UTC, so the server's zone never matters;
 * - formulas by their saved result (a file whose formulas were never calculated is refused);
 * - rich text as its plain text, hyperlinks as their displayed text;
 * - error cells (#N/A…) as a problem.
 */
export function readCellText(value: CellValue): CellReading {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return value === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number') return readNumber(value);
  if (typeof value === 'boolean') return { kind: 'boolean', value, text: String(value) };
  if (value instanceof Date) return readDate(value);
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? { kind: 'problem', message: NO_SAVED_RESULT } : readCellText(value.result);
  }
  if ('error' in value) {
    // The code comes from the file; only a known one is echoed, so a crafted file cannot smuggle a value into a message.
    const code = String(value.error);
    return { kind: 'problem', message: KNOWN_ERRORS.has(code) ? `the cell holds the error ${code}` : 'the cell holds an error' };
  }
  if ('richText' in value) return readCellText(value.richText.map((run) => run.text ?? '').join(''));
  // A hyperlink's text is whatever the cell showed: a string, rich text, or (for a formula) its result.
  if ('hyperlink' in value) return readCellText((value as { text?: CellValue }).text);
  return { kind: 'problem', message: 'the cell holds something other than text, a number, a date or TRUE/FALSE' };
}

function readNumber(value: number): CellReading {
  if (!Number.isFinite(value)) return { kind: 'problem', message: 'the cell holds an error' };
  return { kind: 'text', text: String(Number(value.toPrecision(15))) };
}

function readDate(value: Date): CellReading {
  if (Number.isNaN(value.getTime())) return { kind: 'problem', message: 'the cell holds a date that is out of range' };
  const iso = value.toISOString();
  return { kind: 'text', text: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso };
}

/** Whether a reading counts as blank when deciding that a row is empty (spaces alone do not make a row). */
export function isBlank(reading: CellReading): boolean {
  return reading.kind === 'empty' || (reading.kind === 'text' && reading.text.trim() === '');
}
