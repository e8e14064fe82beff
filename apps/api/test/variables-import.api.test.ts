import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, createExtensionViaApi, type TestAccount } from './builders.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let t: TestApp;
let vendor: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  vendor = await createAccount(t.prisma);
});
afterAll(() => t.close());

async function workbook(rows: (string | number | boolean)[][], sheetName = 'Data'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow(['name', 'value', 'secure']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const newExtension = () => createExtensionViaApi(t.app, vendor, { name: 'Import', type: 'products', products: [{ id: vendor.productIds[0] }] });

function upload(extensionId: string, environmentId: string, body: Buffer, query = '', contentType = XLSX) {
  return t.app.inject({
    method: 'POST',
    url: `/public/v1/devops/services/${extensionId}/environments/${environmentId}/variables/import${query}`,
    headers: { authorization: vendor.apiKey, 'content-type': contentType },
    payload: body,
  });
}
const list = async (extensionId: string, environmentId: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/public/v1/devops/services/${extensionId}/environments/${environmentId}/variables`,
      headers: { authorization: vendor.apiKey },
    })
  ).json() as { name: string; value: string | null; secure: boolean }[];

describe('importing variables', () => {
  it('previews without changing anything, then applies the same file', async () => {
    const ext = await newExtension();
    await t.app.inject({
      method: 'POST',
      url: `/public/v1/devops/services/${ext.id}/environments/${ext.dev}/variables`,
      headers: { authorization: vendor.apiKey },
      payload: { name: 'KEEP', value: 'same' },
    });
    const file = await workbook([
      ['KEEP', 'same', 'no'],
      ['NEW_PLAIN', 'hello', 'no'],
      ['NEW_SECRET', 'import-secret-value', 'yes'],
    ]);
    const preview = await upload(ext.id, ext.dev, file, '?dry_run=true');
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({
      added: [{ name: 'NEW_PLAIN', secure: false }, { name: 'NEW_SECRET', secure: true }],
      changed: [],
      unchanged: [{ name: 'KEEP', secure: false }],
      skipped: [],
    });
    expect((await list(ext.id, ext.dev)).map((v) => v.name)).toEqual(['KEEP']);

    const applied = await upload(ext.id, ext.dev, file);
    expect(applied.statusCode).toBe(200);
    expect(applied.json().map((v: { name: string }) => v.name)).toEqual(['KEEP', 'NEW_PLAIN', 'NEW_SECRET']);
    expect(applied.body).not.toContain('import-secret-value');
    const audit = await t.app.inject({ method: 'GET', url: `/public/v1/devops/services/${ext.id}/environments/${ext.dev}/variables/audit`, headers: { authorization: vendor.apiKey } });
    expect(audit.json().filter((e: { source: string }) => e.source === 'import').map((e: { name: string }) => e.name).sort()).toEqual(['NEW_PLAIN', 'NEW_SECRET']);
  });

  it('refuses a file with problems, listing every row, and changes nothing', async () => {
    const ext = await newExtension();
    const file = await workbook([
      ['GOOD', 'fine', 'no'],
      ['API KEY', 'x', 'no'],
      ['OTHER', 'y', 'maybe'],
    ]);
    const response = await upload(ext.id, ext.dev, file);
    expect(response.statusCode).toBe(400);
    expect(response.json().error_code).toBe('INVALID_FILE');
    expect(response.json().errors).toHaveLength(2);
    expect(response.json().errors[0]).toMatch(/^Row 3, column name: /);
    expect(response.json().errors[1]).toMatch(/^Row 4, column secure: /);
    expect(await list(ext.id, ext.dev)).toEqual([]);
  });

  it('refuses to make a secure variable plain through a file', async () => {
    const ext = await newExtension();
    await upload(ext.id, ext.dev, await workbook([['TOKEN', 'abc-secret', 'yes']]));
    const response = await upload(ext.id, ext.dev, await workbook([['TOKEN', 'abc', 'no']]));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(['Row 2, column secure: TOKEN is secure in this environment and cannot be made plain']);
  });

  it('answers a non-XLSX body with a clear error and an empty body with 400', async () => {
    const ext = await newExtension();
    const csv = await upload(ext.id, ext.dev, Buffer.from('name,value,secure\nA,1,no\n'), '', 'application/octet-stream');
    expect(csv.statusCode).toBe(400);
    expect(csv.json().error_code).toBe('INVALID_FILE');
    const empty = await upload(ext.id, ext.dev, Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
  });

  it('answers a file over 5 MB with 413', async () => {
    const ext = await newExtension();
    const response = await upload(ext.id, ext.dev, Buffer.alloc(6 * 1024 * 1024, 1));
    expect(response.statusCode).toBe(413);
    expect(response.json().errors).toEqual(['Request body is larger than the 5 MB limit']);
  });

  it('accepts the file as a multipart upload too', async () => {
    const ext = await newExtension();
    const file = await workbook([['FROM_FORM', 'v', 'no']]);
    const boundary = '----devops-test-boundary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="vars.xlsx"\r\nContent-Type: ${XLSX}\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await upload(ext.id, ext.dev, body, '?dry_run=true', `multipart/form-data; boundary=${boundary}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().added).toEqual([{ name: 'FROM_FORM', secure: false }]);
  });
});

describe('exporting variables', () => {
  it('exports Data and General Information sheets; importing elsewhere reproduces the plain variables', async () => {
    const ext = await newExtension();
    await upload(ext.id, ext.dev, await workbook([['PLAIN', '00123', 'no'], ['SECRET', 'export-secret-value', 'yes']]));
    const response = await t.app.inject({
      method: 'GET',
      url: `/public/v1/devops/services/${ext.id}/environments/${ext.dev}/variables/export`,
      headers: { authorization: vendor.apiKey },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${ext.dev}-variables.xlsx"`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Data', 'General Information']);
    const data = book.getWorksheet('Data')!;
    // Sheet rows are sparse arrays (an empty cell is a hole), hence Array.from.
    const rows = data.getSheetValues().slice(1).map((row) => Array.from((row as unknown[]).slice(1, 4), (cell) => cell ?? ''));
    expect(rows).toEqual([['name', 'value', 'secure'], ['PLAIN', '00123', 'no'], ['SECRET', '', 'yes']]);
    const info = JSON.stringify(book.getWorksheet('General Information')!.getSheetValues());
    for (const expected of [vendor.accountId, ext.id, ext.dev, vendor.productIds[0]!]) expect(info).toContain(expected);

    const elsewhere = await upload(ext.id, ext.test, response.rawPayload);
    expect(elsewhere.statusCode).toBe(200);
    expect(await list(ext.id, ext.test)).toMatchObject([{ name: 'PLAIN', value: '00123', secure: false }]);
  });
});
