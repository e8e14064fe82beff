import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, createExtensionViaApi, type TestAccount } from './builders.ts';

let t: TestApp;
let vendor: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  vendor = await createAccount(t.prisma, { type: 'vendor' });
});
afterAll(() => t.close());

async function newEnvironment() {
  const extension = await createExtensionViaApi(t.app, vendor, { name: 'Vars', type: 'multiaccount' });
  return { extensionId: extension.id, environmentId: extension.dev };
}

function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: object, authorization = vendor.apiKey) {
  return t.app.inject({ method, url: `/public/v1/devops/services/${path}`, headers: { authorization }, ...(payload && { payload }) });
}
const variablesOf = (env: { extensionId: string; environmentId: string }) => `${env.extensionId}/environments/${env.environmentId}/variables`;

describe('variables', () => {
  it('creates, lists, changes and deletes a plain variable', async () => {
    const env = await newEnvironment();
    const created = await call('POST', variablesOf(env), { name: 'ASSET_REQUEST_APPROVE_TEMPLATE_ID', value: 'TL-262-572-051' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'ASSET_REQUEST_APPROVE_TEMPLATE_ID', value: 'TL-262-572-051', secure: false });
    expect(created.json().id).toMatch(/^VAR-\d{4}-\d{4}-\d{4}$/);

    const list = await call('GET', variablesOf(env));
    expect(list.headers['content-range']).toBe('items 0-0/1');
    expect(list.json()).toHaveLength(1);

    const id = created.json().id;
    const changed = await call('PUT', `${variablesOf(env)}/${id}`, { value: 'TL-000' });
    expect(changed.json()).toMatchObject({ value: 'TL-000', secure: false });
    expect((await call('DELETE', `${variablesOf(env)}/${id}`)).statusCode).toBe(204);
    expect((await call('GET', variablesOf(env))).json()).toEqual([]);
  });

  it('validates the name, its uniqueness and immutability, and the value length', async () => {
    const env = await newEnvironment();
    const badName = await call('POST', variablesOf(env), { name: 'API KEY', value: 'x' });
    expect(badName.statusCode).toBe(400);
    expect(badName.json().errors).toEqual(["name may contain only letters, digits, '_', '-' and '.' and must start with a letter"]);
    expect((await call('POST', variablesOf(env), { name: '1ABC', value: 'x' })).statusCode).toBe(400);
    expect((await call('POST', variablesOf(env), { name: 'EMPTY', value: '' })).json().errors).toEqual(['value cannot be empty']);
    expect((await call('POST', variablesOf(env), { name: 'LONG', value: 'x'.repeat(21961) })).statusCode).toBe(400);
    expect((await call('POST', variablesOf(env), { name: 'MAX', value: 'x'.repeat(21960) })).statusCode).toBe(201);

    const first = await call('POST', variablesOf(env), { name: 'A', value: '1' });
    expect(first.statusCode).toBe(201);
    const duplicate = await call('POST', variablesOf(env), { name: 'A', value: '2' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toEqual({ error_code: 'VARIABLE_EXISTS', errors: ['A variable named A already exists in this environment'] });
    const rename = await call('PUT', `${variablesOf(env)}/${first.json().id}`, { name: 'B', value: '3' });
    expect(rename.statusCode).toBe(400);
    expect(rename.json().errors).toEqual(['name: the name of a variable is set at creation and cannot change']);
  });

  it('encrypts secure values, never returns them, and never makes them plain', async () => {
    const env = await newEnvironment();
    const created = await call('POST', variablesOf(env), { name: 'API_TOKEN', value: 'sekret-token-123', secure: true });
    expect(created.json()).toMatchObject({ name: 'API_TOKEN', value: null, secure: true });
    const stored = await t.prisma.variable.findUniqueOrThrow({ where: { id: created.json().id } });
    expect(stored.value).not.toContain('sekret-token-123');
    expect(stored.value).toMatch(/^v1:/);

    const id = created.json().id;
    const toPlain = await call('PUT', `${variablesOf(env)}/${id}`, { secure: false });
    expect(toPlain.statusCode).toBe(400);
    expect(toPlain.json().errors).toEqual(['secure: API_TOKEN is secure and cannot be made plain; delete it and add it again']);
    const newValue = await call('PUT', `${variablesOf(env)}/${id}`, { value: 'rotated-token-456' });
    expect(newValue.json()).toMatchObject({ value: null, secure: true });
    expect(t.secrets.decrypt((await t.prisma.variable.findUniqueOrThrow({ where: { id } })).value, `${env.environmentId}:variable:API_TOKEN`)).toBe(
      'rotated-token-456',
    );
  });

  it('makes a plain variable secure, encrypting its current value', async () => {
    const env = await newEnvironment();
    const created = await call('POST', variablesOf(env), { name: 'WAS_PLAIN', value: 'visible-value' });
    const secured = await call('PUT', `${variablesOf(env)}/${created.json().id}`, { secure: true });
    expect(secured.json()).toMatchObject({ value: null, secure: true });
    const stored = await t.prisma.variable.findUniqueOrThrow({ where: { id: created.json().id } });
    expect(t.secrets.decrypt(stored.value, `${env.environmentId}:variable:WAS_PLAIN`)).toBe('visible-value');
  });

  it('marks a connected environment configuration-changed, and leaves others alone', async () => {
    const env = await newEnvironment();
    await call('POST', variablesOf(env), { name: 'IDLE', value: '1' });
    expect((await call('GET', `${env.extensionId}/environments/${env.environmentId}`)).json().configuration_changed).toBe(false);
    await t.prisma.environment.update({ where: { id: env.environmentId }, data: { status: 'connected' } });
    await call('POST', variablesOf(env), { name: 'LIVE', value: '1' });
    expect((await call('GET', `${env.extensionId}/environments/${env.environmentId}`)).json().configuration_changed).toBe(true);
  });

  it('keeps an audit trail of who changed what, without values', async () => {
    const env = await newEnvironment();
    const created = await call('POST', variablesOf(env), { name: 'AUDITED', value: 'audit-secret-value', secure: true });
    await call('PUT', `${variablesOf(env)}/${created.json().id}`, { value: 'audit-secret-value-2' });
    await call('DELETE', `${variablesOf(env)}/${created.json().id}`);
    const audit = await call('GET', `${variablesOf(env)}/audit`);
    expect(audit.statusCode).toBe(200);
    expect(audit.json().map((event: { action: string }) => event.action)).toEqual(['deleted', 'changed', 'created']);
    expect(audit.json()[0]).toMatchObject({ name: 'AUDITED', secure: true, source: 'api', environment_id: env.environmentId });
    expect(audit.json()[0].by.name).toContain('API key');
    expect(audit.body).not.toContain('audit-secret-value');
  });

  it("answers 404 to another account, for every variable route", async () => {
    const env = await newEnvironment();
    const created = await call('POST', variablesOf(env), { name: 'MINE', value: 'x' });
    const stranger = await createAccount(t.prisma);
    const id = created.json().id;
    const routes: [Parameters<typeof call>[0], string, object?][] = [
      ['GET', variablesOf(env)],
      ['POST', variablesOf(env), { name: 'THEIRS', value: 'x' }],
      ['PUT', `${variablesOf(env)}/${id}`, { value: 'y' }],
      ['DELETE', `${variablesOf(env)}/${id}`],
      ['GET', `${variablesOf(env)}/audit`],
      ['GET', `${variablesOf(env)}/export`],
      ['GET', `${env.extensionId}/variables/compare`],
      ['POST', `${env.extensionId}/variables/copy`, { from: env.environmentId, to: env.environmentId.replace(/01$/, '02'), names: ['MINE'] }],
    ];
    for (const [method, path, payload] of routes) {
      const response = await call(method, path, payload, stranger.apiKey);
      expect(response.statusCode, `${method} ${path}`).toBe(404);
    }
    expect((await t.prisma.variable.findUniqueOrThrow({ where: { id } })).value).toBe('x');
  });
});
