// xlsx-populate ships no types; the tests use it as an independent writer of awkward workbooks.
// Only what those tests call is declared.
declare module 'xlsx-populate' {
  export interface XmlNode {
    name: string;
    attributes?: Record<string, string | number>;
    children?: (XmlNode | string | number)[];
  }

  export interface RichText {
    add(text: string, styles?: Record<string, unknown>): RichText;
  }

  export interface Cell {
    value(): unknown;
    value(value: string | number | boolean | Date | null | undefined | RichText): Cell;
    formula(formula: string): Cell;
    style(name: string, value: unknown): Cell;
    hyperlink(url: string): Cell;
    /** Private: attributes and children xlsx-populate writes back verbatim (used for what it cannot express). */
    _remainingAttributes?: Record<string, string>;
    _remainingChildren?: XmlNode[];
  }

  export interface Sheet {
    name(): string;
    name(name: string): Sheet;
    cell(address: string): Cell;
    cell(row: number, column: number): Cell;
  }

  export interface Workbook {
    sheet(nameOrIndex: string | number): Sheet;
    addSheet(name: string): Sheet;
    deleteSheet(nameOrIndex: string | number): Workbook;
    outputAsync(): Promise<Buffer>;
  }

  const XlsxPopulate: {
    fromBlankAsync(): Promise<Workbook>;
    fromDataAsync(data: Buffer): Promise<Workbook>;
    RichText: new () => RichText;
  };
  export default XlsxPopulate;
}
