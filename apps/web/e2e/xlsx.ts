import ExcelJS from 'exceljs';

/** An import file as the guide describes it: sheet `Data`, headers name/value/secure, one variable per row. */
export async function variablesWorkbook(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow(['name', 'value', 'secure']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a downloaded workbook: each sheet as rows of cell texts (empty cells as ''). */
export async function readWorkbook(path: string): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = new Map<string, string[][]>();
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let column = 1; column <= Math.max(row.cellCount, 3); column++) cells.push(row.getCell(column).text ?? '');
      rows.push(cells);
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
