import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, logInAs, type TestAccount } from './builders.ts';

const SECRET = 'Sup3r-Secret-Value-7f9c';
const SECRET_2 = 'Another-Secret-42xq';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let vendor: TestAccount;
const logLines: string[] = [];
const seen: { what: string; text: string }[] = [];

beforeAll(async () => {
  t = await createTestApp({}, { logLines });
  vendor = await createAccount(t.prisma);
});
afterAll(() => t.close());

async function request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object | Buffer, headers: Record<string, string> = {}) {
  const response = await t.app.inject({
    method,
    url: `/public/v1/devops/services${url}`,
    headers: { authorization: vendor.apiKey, ...headers },
    ...(payload !== undefined && { payload }),
  });
  seen.push({ what: `${method} ${url} → ${response.statusCode}`, text: response.body + JSON.stringify(response.headers) });
  return response;
}

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Data');
  sheet.addRow(['name', 'value', 'secure']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('secure values', () => {
  it('never appear in a response, an export, a log line or an error message', async () => {
    const extension = (await request('POST', '', { name: 'Leak check', type: 'multiaccount' })).json();
    const dev = extension.environments.development.id;
    const test = extension.environments.test.id;
    const base = `/${extension.id}/environments/${dev}/variables`;

    const created = (await request('POST', base, { name: 'TOKEN', value: SECRET, secure: true })).json();
    await request('POST', base, { name: 'TOKEN', value: SECRET, secure: true }); // duplicate: 409
    await request('POST', base, { name: 'BAD NAME', value: SECRET, secure: true }); // 400
    await request('POST', base, { name: 'EXTRA', value: SECRET, secure: true, unknown: SECRET }); // unknown field
    await request('PUT', `${base}/${created.id}`, { value: SECRET_2 });
    await request('PUT', `${base}/${created.id}`, { value: SECRET, secure: false }); // refused
    await request('GET', base);
    await request('GET', `${base}?eq(name,TOKEN)`);
    await request('GET', `${base}/audit`);
    await request('GET', `/${extension.id}/environments/${dev}`);
    await request('GET', `/${extension.id}`);

    const file = await workbook([['IMPORTED', SECRET, 'yes'], ['BROKEN ROW', SECRET_2, 'perhaps']]);
    await request('POST', `${base}/import?dry_run=true`, file, { 'content-type': XLSX }); // errors
    await request('POST', `${base}/import`, await workbook([['IMPORTED', SECRET, 'yes']]), { 'content-type': XLSX });
    await request('POST', `${base}/import?dry_run=true`, await workbook([['IMPORTED', SECRET, 'no']]), { 'content-type': XLSX }); // refused

    const exported = await request('GET', `${base}/export`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    seen.push({ what: 'export cells', text: JSON.stringify(book.worksheets.map((sheet) => sheet.getSheetValues())) });

    await request('GET', `/${extension.id}/variables/compare`);
    await request('POST', `/${extension.id}/variables/copy`, { from: dev, to: test, names: ['TOKEN', 'IMPORTED'] });
    await request('POST', `/${extension.id}/variables/copy`, { from: dev, to: test, names: ['TOKEN'] }); // 409
    await request('GET', `/${extension.id}/environments/${test}/variables`);

    // The browser path too: session cookie, CSRF failures included.
    const { cookie, csrf } = await logInAs(t.app, vendor);
    const browser = await t.app.inject({ method: 'POST', url: `/public/v1/devops/services${base}`, headers: { cookie }, payload: { name: 'NO_CSRF', value: SECRET, secure: true } });
    seen.push({ what: 'session without csrf', text: browser.body });
    const withCsrf = await t.app.inject({ method: 'POST', url: `/public/v1/devops/services${base}`, headers: { cookie, 'x-csrf-token': csrf }, payload: { name: 'VIA_SESSION', value: SECRET, secure: true } });
    seen.push({ what: 'session with csrf', text: withCsrf.body });
    expect(withCsrf.statusCode).toBe(201);

    expect(seen.length).toBeGreaterThan(20);
    expect(logLines.length).toBeGreaterThan(20);
    for (const secret of [SECRET, SECRET_2]) {
      const leaks = [...seen, ...logLines.map((line) => ({ what: 'log line', text: line }))].filter((entry) => entry.text.includes(secret));
      expect(leaks.map((leak) => leak.what)).toEqual([]);
    }
    // And the values really are there, encrypted.
    const stored = await t.prisma.variable.findMany({ where: { environmentId: dev } });
    expect(stored.map((variable) => variable.name).sort()).toEqual(['IMPORTED', 'TOKEN', 'VIA_SESSION']);
    expect(JSON.stringify(stored)).not.toContain(SECRET);
  });
});
