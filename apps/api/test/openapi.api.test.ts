import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount } from './builders.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('API documentation and probes', () => {
  it('serves an OpenAPI document generated from the zod schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    const services = document.paths['/public/v1/devops/services'];
    expect(Object.keys(services).sort()).toEqual(['get', 'post']);
    const createBody = services.post.requestBody.content['application/json'].schema;
    expect(createBody.required).toEqual(expect.arrayContaining(['name', 'type']));
    expect(createBody.properties.type.enum).toEqual(['products', 'hub', 'multiaccount', 'transformations']);
    expect(document.paths['/public/v1/devops/services/{extension_id}/environments/{id}/stop']).toHaveProperty('post');
  });

  it('serves the interactive docs page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('answers liveness and readiness without authentication', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  it('answers unknown API routes with a JSON 404, once authenticated', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/public/v1/nowhere' })).statusCode).toBe(401);
    const account = await createAccount(t.prisma);
    const response = await t.app.inject({ method: 'GET', url: '/public/v1/nowhere', headers: { authorization: account.apiKey } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error_code: 'NOT_FOUND', errors: ['No route GET /public/v1/nowhere'] });
  });
});
