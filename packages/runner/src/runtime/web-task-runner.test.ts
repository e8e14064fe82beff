import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineExtension } from '../sdk/define-extension.ts';
import { createTestHarness } from '../testing/harness.ts';
import { matchPath } from './api-router.ts';

const staticRoot = mkdtempSync(path.join(tmpdir(), 'runner-static-'));
writeFileSync(path.join(staticRoot, 'settings.html'), '<h1>Settings</h1>');

const extension = defineExtension({
  name: 'Routes',
  variables: [{ name: 'SECRET', initialValue: 'top-secret-value', secure: true }],
  api: {
    staticRoot,
    routes: [
      { method: 'GET', path: '/hello', summary: 'Greets', handler: (ctx, request) => ({ body: { message: `Hello ${request.query.name ?? 'you'}`, environment: ctx.environmentId } }) },
      { method: 'POST', path: '/echo', handler: (_ctx, request) => ({ status: 201, body: request.body }) },
      { method: 'GET', path: '/items/:id', handler: (ctx, request) => ({ body: { id: request.params.id, installation: ctx.installationId } }) },
      { method: 'GET', path: '/text', handler: () => ({ body: 'plain', headers: { 'X-Extra': 'yes' } }) },
      {
        method: 'GET',
        path: '/boom',
        handler: (ctx) => {
          ctx.logger.error(`leaking ${ctx.variables.SECRET}`);
          throw new Error('kaput');
        },
      },
      { method: 'GET', path: '/slow', handler: () => new Promise(() => {}) },
    ],
  },
});

describe('runWebTask', () => {
  it('routes to the handler with query, params and installation', async () => {
    const harness = createTestHarness(extension, { environmentId: 'ENV-9' });

    expect(await harness.callApi('GET', '/hello?name=Ada')).toMatchObject({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { message: 'Hello Ada', environment: 'ENV-9' },
    });
    expect((await harness.callApi('get', '/items/a%20b', { installationId: 'EIN-1' })).body).toEqual({ id: 'a b', installation: 'EIN-1' });
  });

  it('decodes a base64 JSON body and encodes the answer', async () => {
    const harness = createTestHarness(extension);
    expect(await harness.callApi('POST', '/echo', { body: { a: [1, 2] } })).toMatchObject({ status: 201, body: { a: [1, 2] } });
    expect(await harness.callApi('GET', '/text')).toMatchObject({ status: 200, body: 'plain', headers: { 'x-extra': 'yes', 'content-type': 'text/plain; charset=utf-8' } });
  });

  it('answers 404 for unknown routes, 405 for a wrong method and 400 for broken JSON', async () => {
    const harness = createTestHarness(extension);

    expect(await harness.callApi('GET', '/nope')).toMatchObject({
      status: 404,
      body: { error_code: 'NOT_FOUND', errors: ['The extension has no custom API method GET /nope'] },
    });
    expect(await harness.callApi('DELETE', '/echo')).toMatchObject({ status: 405, headers: { allow: 'POST' } });
    expect(await harness.callApi('POST', '/echo', { body: '{oops', headers: { 'content-type': 'application/json' } })).toMatchObject({
      status: 400,
      body: { error_code: 'BAD_REQUEST' },
    });
  });

  it('answers 500 when the handler throws, without leaking secure values to the log', async () => {
    const harness = createTestHarness(extension);
    expect(await harness.callApi('GET', '/boom')).toMatchObject({ status: 500, body: { errors: ['The custom API method failed: Error: kaput'] } });
    expect(harness.logs.join('\n')).toContain('leaking ******');
    expect(harness.logs.join('\n')).not.toContain('top-secret-value');
  });

  it('answers 504 when the handler outlives the interactive timeout', async () => {
    const harness = createTestHarness(extension, { timeouts: { interactive: 30 } });
    expect(await harness.callApi('GET', '/slow')).toMatchObject({ status: 504, body: { error_code: 'TIMEOUT' } });
  });

  it('serves static files without letting paths escape the static root', async () => {
    const harness = createTestHarness(extension);
    expect(await harness.callApi('GET', '/static/settings.html')).toMatchObject({
      status: 200,
      body: '<h1>Settings</h1>',
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    expect((await harness.callApi('GET', '/static/..%2f..%2fetc%2fpasswd')).status).toBe(404);
    expect((await harness.callApi('GET', '/static/../package.json')).status).toBe(404);
  });

  it('describes its routes at /openapi/spec.json', async () => {
    const harness = createTestHarness(extension);
    const { body } = await harness.callApi('GET', '/openapi/spec.json');
    expect(body).toMatchObject({
      info: { title: 'Routes' },
      paths: { '/hello': { get: { summary: 'Greets' } }, '/items/{id}': { get: { parameters: [{ name: 'id', in: 'path' }] } } },
    });
  });
});

describe('matchPath', () => {
  it('matches literal and parameter segments only when the lengths agree', () => {
    expect(matchPath('/items/:id', '/items/7')).toEqual({ id: '7' });
    expect(matchPath('/items/:id', '/items/7/extra')).toBeNull();
    expect(matchPath('/items', '/items/')).toEqual({});
    expect(matchPath('/items/:id', '/items/%E0%A4%A')).toBeNull();
  });
});
