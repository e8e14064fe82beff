import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, logInAs, type TestAccount } from './builders.ts';

let t: TestApp;
let owner: TestAccount;
let stranger: TestAccount;
let extension: { id: string; environments: { development: { id: string } } };

beforeAll(async () => {
  t = await createTestApp();
  owner = await createAccount(t.prisma, { type: 'vendor' });
  stranger = await createAccount(t.prisma, { type: 'vendor' });
  const response = await t.app.inject({
    method: 'POST',
    url: '/public/v1/devops/services',
    headers: { authorization: owner.apiKey },
    payload: { name: 'Private extension', type: 'products', products: [{ id: owner.productIds[0] }] },
  });
  extension = response.json();
});
afterAll(() => t.close());

describe('tenant isolation', () => {
  it("answers 404 to another account on every route of an extension, and changes nothing", async () => {
    const ext = `/public/v1/devops/services/${extension.id}`;
    const env = `${ext}/environments/${extension.environments.development.id}`;
    const routes = [
      { method: 'GET' as const, url: ext },
      { method: 'PUT' as const, url: ext, payload: { name: 'hijacked' } },
      { method: 'DELETE' as const, url: ext },
      { method: 'GET' as const, url: `${ext}/icon` },
      { method: 'GET' as const, url: `${ext}/environments` },
      { method: 'GET' as const, url: env },
      { method: 'PUT' as const, url: env, payload: { runtime: 'cloud', git: { url: 'https://x.example/r.git', tag: '1' } } },
      { method: 'POST' as const, url: `${env}/start` },
      { method: 'POST' as const, url: `${env}/stop` },
    ];
    for (const route of routes) {
      const response = await t.app.inject({ ...route, headers: { authorization: stranger.apiKey } });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(404);
      expect(response.body).not.toContain('Private extension');
    }
    const list = await t.app.inject({ method: 'GET', url: '/public/v1/devops/services', headers: { authorization: stranger.apiKey } });
    expect(list.json()).toEqual([]);
    const intact = await t.prisma.extension.findUniqueOrThrow({ where: { id: extension.id }, include: { environments: true } });
    expect(intact.name).toBe('Private extension');
    expect(intact.environments.every((e) => e.status === 'uninitialized' && e.runtime === 'local')).toBe(true);
  });

  it("does not let an account use another's products, hubs or environments", async () => {
    const stolen = await t.app.inject({
      method: 'POST',
      url: '/public/v1/devops/services',
      headers: { authorization: stranger.apiKey },
      payload: { name: 'x', type: 'products', products: [{ id: owner.productIds[0] }] },
    });
    expect(stolen.statusCode).toBe(400);
    const key = await t.app.inject({
      method: 'POST',
      url: '/public/v1/account/api-keys',
      headers: { authorization: stranger.apiKey },
      payload: { name: 'runner', environment_id: extension.environments.development.id },
    });
    expect(key.statusCode).toBe(400);
    const products = await t.app.inject({ method: 'GET', url: '/public/v1/devops/products', headers: { authorization: stranger.apiKey } });
    expect(products.json().map((p: { id: string }) => p.id).sort()).toEqual([...stranger.productIds].sort());
  });

  it('keeps sessions in their own account too', async () => {
    const { cookie } = await logInAs(t.app, stranger);
    const response = await t.app.inject({ method: 'GET', url: `/public/v1/devops/services/${extension.id}`, headers: { cookie } });
    expect(response.statusCode).toBe(404);
  });
});
