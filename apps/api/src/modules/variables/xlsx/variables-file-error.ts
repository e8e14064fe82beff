import { ValidationError } from '../../../lib/errors.ts';

export type VariablesColumn = 'name' | 'value' | 'secure';

/** One problem in an uploaded variables workbook; `row` is the 1-based sheet row, null for the whole file. */
export interface VariablesFileIssue {
  row: number | null;
  column: VariablesColumn | null;
  message: string;
}

/**
 * Everything wrong with an uploaded variables workbook, all at once so the user fixes the file in one go.
 * A ValidationError, so that even a caller that forgets to catch it answers 400 and not 500.
 * Messages quote names, headers and secure flags, never a value: values may be secrets.
 */
export class VariablesFileError extends ValidationError {
  readonly issues: VariablesFileIssue[];

  constructor(issues: VariablesFileIssue[]) {
    super(issues.map(formatIssue), 'INVALID_FILE');
    this.issues = issues;
  }

  /** One line per issue: `Row 7, column name: …`, `Row 1: …` or the bare message for the whole file. */
  toMessages(): string[] {
    return this.issues.map(formatIssue);
  }

  static ofFile(message: string): VariablesFileError {
    return new VariablesFileError([{ row: null, column: null, message }]);
  }
}

function formatIssue(issue: VariablesFileIssue): string {
  if (issue.row === null) return issue.message;
  const where = issue.column === null ? `Row ${issue.row}` : `Row ${issue.row}, column ${issue.column}`;
  return `${where}: ${issue.message}`;
}

const QUOTE_MAX = 40;

/** Quotes user text for a message, cut short so a 20,000-character cell does not become the message. */
export function quote(text: string): string {
  const chars = [...text];
  return chars.length > QUOTE_MAX ? `'${chars.slice(0, QUOTE_MAX).join('')}…'` : `'${text}'`;
}
