import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, type TestAccount } from './builders.ts';

let t: TestApp;
let vendor: TestAccount;
let extensionId: string;
let env: Record<'development' | 'test' | 'production', string>;

function call(method: 'GET' | 'POST', path: string, payload?: object) {
  return t.app.inject({ method, url: `/public/v1/devops/services${path ? `/${path}` : ''}`, headers: { authorization: vendor.apiKey }, ...(payload && { payload }) });
}
const add = (environmentId: string, name: string, value: string, secure = false) =>
  call('POST', `${extensionId}/environments/${environmentId}/variables`, { name, value, secure });

beforeAll(async () => {
  t = await createTestApp();
  vendor = await createAccount(t.prisma);
  const extension = (await call('POST', '', { name: 'Compare', type: 'multiaccount' })).json();
  extensionId = extension.id;
  env = { development: extension.environments.development.id, test: extension.environments.test.id, production: extension.environments.production.id };
  for (const id of Object.values(env)) {
    await add(id, 'SAME', 'one');
    await add(id, 'TOKEN', id === env.production ? 'prod-secret-token' : 'shared-secret-token', true);
  }
  await add(env.development, 'DIFFERENT', 'a');
  await add(env.test, 'DIFFERENT', 'b');
  await add(env.production, 'DIFFERENT', 'a');
  await add(env.development, 'DEV_ONLY', 'dev');
});
afterAll(() => t.close());

describe('comparing environments', () => {
  it('tells for each name whether it is present, equal or different, without revealing secure values', async () => {
    const response = await call('GET', `${extensionId}/variables/compare`);
    expect(response.statusCode).toBe(200);
    const comparison = response.json();
    expect(comparison.environments.map((e: { type: string }) => e.type)).toEqual(['development', 'test', 'production']);
    const byName = Object.fromEntries(comparison.variables.map((v: { name: string }) => [v.name, v]));
    expect(Object.keys(byName)).toEqual(['DEV_ONLY', 'DIFFERENT', 'SAME', 'TOKEN']);
    expect(byName.SAME.status).toBe('same');
    expect(byName.DEV_ONLY.status).toBe('partial');
    expect(byName.DEV_ONLY.test).toEqual({ present: false, secure: false, value: null, fingerprint: null });
    expect(byName.DIFFERENT.status).toBe('different');
    expect(byName.DIFFERENT.development.fingerprint).toBe(byName.DIFFERENT.production.fingerprint);
    expect(byName.DIFFERENT.development.fingerprint).not.toBe(byName.DIFFERENT.test.fingerprint);
    expect(byName.TOKEN.status).toBe('different');
    expect(byName.TOKEN.development).toMatchObject({ present: true, secure: true, value: null });
    expect(byName.TOKEN.development.fingerprint).toBe(byName.TOKEN.test.fingerprint);
    expect(byName.TOKEN.development.fingerprint).not.toBe(byName.TOKEN.production.fingerprint);
    expect(response.body).not.toContain('secret-token');

    // Fingerprints are keyed per response, so they cannot be matched across requests.
    const again = (await call('GET', `${extensionId}/variables/compare`)).json();
    expect(again.variables.find((v: { name: string }) => v.name === 'SAME').development.fingerprint).not.toBe(byName.SAME.development.fingerprint);
  });
});

describe('copying variables', () => {
  it('copies chosen variables, re-encrypting secure ones for the target', async () => {
    const response = await call('POST', `${extensionId}/variables/copy`, { from: env.development, to: env.test, names: ['DEV_ONLY'] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject([{ name: 'DEV_ONLY', value: 'dev', secure: false }]);

    const refused = await call('POST', `${extensionId}/variables/copy`, { from: env.production, to: env.test, names: ['TOKEN', 'SAME'] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toEqual(['Already in the Test environment: TOKEN, SAME; choose overwrite to replace them']);

    const overwritten = await call('POST', `${extensionId}/variables/copy`, { from: env.production, to: env.test, names: ['TOKEN'], overwrite: true });
    expect(overwritten.json()).toMatchObject([{ name: 'TOKEN', value: null, secure: true }]);
    const stored = await t.prisma.variable.findUniqueOrThrow({ where: { environmentId_name: { environmentId: env.test, name: 'TOKEN' } } });
    expect(t.secrets.decrypt(stored.value, `${env.test}:variable:TOKEN`)).toBe('prod-secret-token');

    const audit = (await call('GET', `${extensionId}/environments/${env.test}/variables/audit`)).json();
    expect(audit[0]).toMatchObject({ name: 'TOKEN', action: 'changed', source: 'copy' });
  });

  it('refuses names missing from the source and environments of another extension', async () => {
    const missing = await call('POST', `${extensionId}/variables/copy`, { from: env.test, to: env.production, names: ['NOPE'] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual(['names: not in the Test environment: NOPE']);
    const foreign = await call('POST', `${extensionId}/variables/copy`, { from: env.test, to: 'ENV-0000-0000-01', names: ['SAME'] });
    expect(foreign.statusCode).toBe(400);
  });
});
