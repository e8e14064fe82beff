import { describe, expect, it } from 'vitest';
import { parseVariablesWorkbook, VariablesFileError } from './parse-variables-workbook.ts';
import { dataWorkbook } from './populate-test-workbook.ts';
import { withDeclaredSize, writeTestZip } from './zip-test-files.ts';

const NOT_XLSX = 'The file is not an Excel (.xlsx) workbook; save it from your spreadsheet program as "Excel Workbook (.xlsx)"';
const DAMAGED = 'The file is not a valid Excel (.xlsx) workbook: it is damaged or incomplete';

async function messagesFor(data: Buffer, limits?: Parameters<typeof parseVariablesWorkbook>[1]): Promise<string[]> {
  const error = await parseVariablesWorkbook(data, limits).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(VariablesFileError);
  const fileError = error as VariablesFileError;
  // File-level problems point at no row or column.
  expect(fileError.issues.every((issue) => issue.row === null && issue.column === null)).toBe(true);
  return fileError.toMessages();
}

const validWorkbook = () => dataWorkbook([['API_KEY', 'value', 'no']]);

describe('parseVariablesWorkbook: files that are not a usable workbook', () => {
  it('says so for an empty body', async () => {
    expect(await messagesFor(Buffer.alloc(0))).toEqual(['The file is empty; upload an Excel (.xlsx) workbook']);
  });

  it('says so for a CSV, a PNG and a random ZIP', async () => {
    const csv = Buffer.from('name,value,secure\nAPI_KEY,abc,no\n');
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const zip = writeTestZip([{ name: 'readme.txt', data: Buffer.from('hello') }]);
    for (const body of [csv, png, zip]) expect(await messagesFor(body)).toEqual([NOT_XLSX]);
  });

  it('recognises an old .xls (or password-protected) workbook by its signature', async () => {
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    expect(await messagesFor(xls)).toEqual([
      'The file is an Excel 97-2003 (.xls) workbook or a password-protected one; save it without a password as "Excel Workbook (.xlsx)"',
    ]);
  });

  it('calls a truncated or garbled workbook damaged, without exceljs or zlib wording', async () => {
    const valid = await validWorkbook();
    expect(await messagesFor(valid.subarray(0, Math.floor(valid.length / 2)))).toEqual([DAMAGED]);
    expect(await messagesFor(valid.subarray(0, valid.length - 5))).toEqual([DAMAGED]);
    const garbled = Buffer.from(valid);
    // Overwrite the middle of the compressed data, leaving the ZIP directory intact.
    garbled.fill(0xa5, Math.floor(valid.length * 0.3), Math.floor(valid.length * 0.5));
    expect(await messagesFor(garbled)).toEqual([DAMAGED]);
  });

  it('refuses a ZIP whose entries claim more than the uncompressed limit, before unpacking anything', async () => {
    const claimsTwoGigabytes = withDeclaredSize(await validWorkbook(), 'xl/worksheets/sheet1.xml', 0x7fffffff);
    expect(await messagesFor(claimsTwoGigabytes)).toEqual(['The workbook is too large: it unpacks to more than 50 MB']);
  });

  it('refuses a zip bomb that declares its real size', async () => {
    const bomb = writeTestZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(60 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await messagesFor(bomb)).toEqual(['The workbook is too large: it unpacks to more than 50 MB']);
  });

  it('refuses a zip bomb that lies about its size, stopping at the declared size', async () => {
    const liar = writeTestZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200 * 1024 * 1024), declaredSize: 1000 },
    ]);
    const rssBefore = process.memoryUsage().rss;
    expect(await messagesFor(liar)).toEqual([DAMAGED]);
    // Had the 200 MB been inflated, memory would show it.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
    const understated = withDeclaredSize(await validWorkbook(), 'xl/worksheets/sheet1.xml', 10);
    expect(await messagesFor(understated)).toEqual([DAMAGED]);
  });

  it('applies a custom uncompressed limit', async () => {
    const valid = await validWorkbook();
    expect(await messagesFor(valid, { maxUncompressedBytes: 10 * 1024 })).toEqual(['The workbook is too large: it unpacks to more than 10 KB']);
    expect((await parseVariablesWorkbook(valid, { maxUncompressedBytes: 1024 * 1024 })).rows).toHaveLength(1);
  });
});
