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

async function newExtension() {
  const { id, dev, test, prod } = await createExtensionViaApi(t.app, vendor, { name: 'Env test', type: 'multiaccount' });
  return { id, environments: { development: { id: dev }, test: { id: test }, production: { id: prod } } };
}

function call(method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url: `/public/v1/devops/services/${url}`, headers: { authorization: vendor.apiKey }, ...(payload && { payload }) });
}

describe('environments', () => {
  it('lists the three environments with a generated JWT secret, never stored in clear', async () => {
    const extension = await newExtension();
    const response = await call('GET', `${extension.id}/environments`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-range']).toBe('items 0-2/3');
    const environments = response.json();
    expect(environments.map((e: { type: string }) => e.type)).toEqual(['development', 'test', 'production']);
    const secret = environments[0].jwt_secret as string;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const stored = await t.prisma.environment.findUniqueOrThrow({ where: { id: environments[0].id } });
    expect(stored.jwtSecret).not.toContain(secret);
  });

  it('stops and starts a Local environment', async () => {
    const extension = await newExtension();
    const dev = extension.environments.development.id;
    const stopped = await call('POST', `${extension.id}/environments/${dev}/stop`);
    expect(stopped.statusCode).toBe(200);
    expect(stopped.json().status).toBe('stopped');
    const again = await call('POST', `${extension.id}/environments/${dev}/stop`);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual(['The Development environment is already stopped']);
    const started = await call('POST', `${extension.id}/environments/${dev}/start`);
    expect(started.json().status).toBe('uninitialized');

    await t.prisma.environment.update({ where: { id: dev }, data: { status: 'stopped', lastConnectedAt: new Date() } });
    expect((await call('POST', `${extension.id}/environments/${dev}/start`)).json().status).toBe('disconnected');
  });

  it('switches mode only when stopped, uninitialized or disconnected', async () => {
    const extension = await newExtension();
    const test = extension.environments.test.id;
    await t.prisma.environment.update({ where: { id: test }, data: { status: 'connected' } });
    const refused = await call('PUT', `${extension.id}/environments/${test}`, {
      runtime: 'cloud',
      git: { url: 'https://git.example.com/ext.git', tag: '1.0' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toEqual(['The Test environment is connected: stop it before switching between Local and Cloud mode']);
    expect((await t.prisma.environment.findUniqueOrThrow({ where: { id: test } })).runtime).toBe('local');

    await t.prisma.environment.update({ where: { id: test }, data: { status: 'disconnected' } });
    const switched = await call('PUT', `${extension.id}/environments/${test}`, {
      runtime: 'cloud',
      git: { url: 'https://git.example.com/ext.git', tag: '1.0', auth: { username: 'bot', password: 'hunter2-pass' } },
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toMatchObject({ runtime: 'cloud', git: { url: 'https://git.example.com/ext.git', tag: '1.0', auth: { username: 'bot' } } });
    expect(switched.body).not.toContain('hunter2-pass');
    const stored = await t.prisma.environment.findUniqueOrThrow({ where: { id: test } });
    expect(stored.gitAuth).not.toContain('hunter2-pass');
  });

  it('requires a repository for Cloud mode and refuses file or other URL schemes', async () => {
    const extension = await newExtension();
    const prod = extension.environments.production.id;
    const noGit = await call('PUT', `${extension.id}/environments/${prod}`, { runtime: 'cloud' });
    expect(noGit.statusCode).toBe(409);
    expect(noGit.json().error_code).toBe('GIT_REQUIRED');
    const fileUrl = await call('PUT', `${extension.id}/environments/${prod}`, { runtime: 'cloud', git: { url: 'file:///etc', tag: '1' } });
    expect(fileUrl.statusCode).toBe(400);
    expect(fileUrl.json().errors).toEqual(['git.url must be an http(s) or ssh repository address']);
  });

  it('stores the log level and a new JWT secret', async () => {
    const extension = await newExtension();
    const dev = extension.environments.development.id;
    const response = await call('PUT', `${extension.id}/environments/${dev}`, { log_level: 'DEBUG', jwt_secret: 'a-new-secret-of-enough-length' });
    expect(response.json()).toMatchObject({ log_level: 'DEBUG', jwt_secret: 'a-new-secret-of-enough-length' });
  });

  it('answers 404 for an environment of another extension', async () => {
    const first = await newExtension();
    const second = await newExtension();
    const response = await call('GET', `${first.id}/environments/${second.environments.development.id}`);
    expect(response.statusCode).toBe(404);
  });
});

describe('viewers', () => {
  it('may read but not change anything', async () => {
    const extension = await newExtension();
    const viewer = await createAccount(t.prisma, { type: 'vendor', role: 'viewer' });
    // Make the viewer's key belong to the vendor's account.
    await t.prisma.apiKey.updateMany({ where: { accountId: viewer.accountId }, data: { accountId: vendor.accountId } });
    const read = await t.app.inject({ method: 'GET', url: `/public/v1/devops/services/${extension.id}`, headers: { authorization: viewer.apiKey } });
    expect(read.statusCode).toBe(200);
    const env = await t.app.inject({ method: 'GET', url: `/public/v1/devops/services/${extension.id}/environments/${extension.environments.development.id}`, headers: { authorization: viewer.apiKey } });
    expect(env.json().jwt_secret).toBeNull();
    for (const request of [
      { method: 'POST' as const, url: '/public/v1/devops/services', payload: { name: 'x', type: 'multiaccount' } },
      { method: 'PUT' as const, url: `/public/v1/devops/services/${extension.id}`, payload: { name: 'y' } },
      { method: 'DELETE' as const, url: `/public/v1/devops/services/${extension.id}` },
      { method: 'POST' as const, url: `/public/v1/devops/services/${extension.id}/environments/${extension.environments.development.id}/stop` },
    ]) {
      const response = await t.app.inject({ ...request, headers: { authorization: viewer.apiKey } });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(403);
    }
  });
});
