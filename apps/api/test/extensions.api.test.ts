import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, tinyPngDataUrl, type TestAccount } from './builders.ts';

let t: TestApp;
let vendor: TestAccount;
let distributor: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  vendor = await createAccount(t.prisma, { type: 'vendor' });
  distributor = await createAccount(t.prisma, { type: 'distributor' });
});
afterAll(() => t.close());

function post(account: TestAccount, payload: unknown) {
  return t.app.inject({ method: 'POST', url: '/public/v1/devops/services', headers: { authorization: account.apiKey }, payload: payload as object });
}

describe('creating extensions', () => {
  it('creates a Fulfillment Automation extension for a vendor with three uninitialized environments', async () => {
    const response = await post(vendor, { name: 'Fallball fulfillment', type: 'products', products: [{ id: vendor.productIds[0] }] });
    expect(response.statusCode).toBe(201);
    const extension = response.json();
    expect(extension.id).toMatch(/^SRVC-\d{4}-\d{4}$/);
    expect(extension.products).toEqual([{ id: vendor.productIds[0], name: 'Product 1', icon: null }]);
    expect(extension.owner).toEqual({ id: vendor.accountId, name: `Account ${vendor.accountId}` });
    const suffix = extension.id.slice(5);
    expect(extension.environments).toEqual({
      development: { id: `ENV-${suffix}-01`, type: 'development', runtime: 'local', status: 'uninitialized', configuration_changed: false },
      test: { id: `ENV-${suffix}-02`, type: 'test', runtime: 'local', status: 'uninitialized', configuration_changed: false },
      production: { id: `ENV-${suffix}-03`, type: 'production', runtime: 'local', status: 'uninitialized', configuration_changed: false },
    });
    expect(extension.events.created.by.name).toContain('API key');
  });

  it("accepts Connect's singular `product` form", async () => {
    const response = await post(vendor, { name: 'Singular', type: 'products', product: { id: vendor.productIds[1] } });
    expect(response.statusCode).toBe(201);
    expect(response.json().products.map((p: { id: string }) => p.id)).toEqual([vendor.productIds[1]]);
  });

  it('refuses Fulfillment Automation without products, or with another account’s product', async () => {
    const none = await post(vendor, { name: 'No products', type: 'products' });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors).toContain('products: choose at least one product');
    const foreign = await post(vendor, { name: 'Foreign', type: 'products', products: [{ id: 'PRD-000-000-000' }] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual(['products: product PRD-000-000-000 was not found']);
  });

  it('refuses Fulfillment Automation for a distributor and Hub Integration for a vendor', async () => {
    const products = await post(distributor, { name: 'x', type: 'products', products: [{ id: 'PRD-1' }] });
    expect(products.statusCode).toBe(400);
    expect(products.json()).toEqual({
      error_code: 'EXTENSION_TYPE_NOT_ALLOWED',
      errors: ['Fulfillment Automation extensions are available only for vendor accounts'],
    });
    const hub = await post(vendor, { name: 'x', type: 'hub', hub: { id: 'HB-1' }, package_id: 'a.b.c' });
    expect(hub.statusCode).toBe(400);
    expect(hub.json().errors).toEqual(['Hub Integration extensions are available only for distributor and reseller accounts']);
  });

  it('creates a Hub Integration for a distributor, requiring a hub and a three-part package id', async () => {
    const ok = await post(distributor, { name: 'Hub link', type: 'hub', hub: { id: distributor.hubIds[0] }, package_id: 'cloudblue.connect.package' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ type: 'hub', package_id: 'cloudblue.connect.package', hub: { id: distributor.hubIds[0] } });

    const missing = await post(distributor, { name: 'Hub link', type: 'hub' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      'hub: choose a hub',
      'package_id: a package id of the form cloudblue.connect.package is required',
    ]);

    const badPackage = await post(distributor, { name: 'Hub link', type: 'hub', hub: { id: distributor.hubIds[0] }, package_id: 'only.two' });
    expect(badPackage.statusCode).toBe(400);
    expect(badPackage.json().errors).toEqual(['package_id must have the form cloudblue.connect.package']);
  });

  it('creates Multi-Account and Commerce Transformations extensions for any account type', async () => {
    for (const account of [vendor, distributor]) {
      for (const type of ['multiaccount', 'transformations']) {
        const response = await post(account, { name: `${type} ext`, type });
        expect(response.statusCode).toBe(201);
      }
    }
  });

  it('names the field in validation errors and rejects unknown fields', async () => {
    const noName = await post(vendor, { type: 'multiaccount' });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error_code).toBe('VALIDATION_ERROR');
    expect(noName.json().errors.join()).toMatch(/^name: /);

    const badType = await post(vendor, { name: 'x', type: 'plugin' });
    expect(badType.json().errors.join()).toMatch(/^type: /);

    const unknown = await post(vendor, { name: 'x', type: 'multiaccount', colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual(['Unknown field: colour']);
  });

  it('answers malformed JSON with a 400', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/public/v1/devops/services',
      headers: { authorization: vendor.apiKey, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error_code).toBe('INVALID_JSON');
  });
});

describe('extension images', () => {
  it('stores an uploaded PNG and serves it back', async () => {
    const created = (await post(vendor, { name: 'With image', type: 'multiaccount', icon: tinyPngDataUrl })).json();
    expect(created.icon).toBe(`/public/v1/devops/services/${created.id}/icon?v=1`);
    const image = await t.app.inject({ method: 'GET', url: created.icon, headers: { authorization: vendor.apiKey } });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(Buffer.from(tinyPngDataUrl.split(',')[1]!, 'base64'))).toBe(true);
  });

  it('checks the content, not the declared type', async () => {
    const fake = `data:image/png;base64,${Buffer.from('GIF89a not a png at all').toString('base64')}`;
    const response = await post(vendor, { name: 'Fake', type: 'multiaccount', icon: fake });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(['icon: the file is not a PNG, JPEG or WebP image']);
  });

  it('answers an oversized body with 413', async () => {
    const huge = `data:image/png;base64,${Buffer.alloc(2 * 1024 * 1024).toString('base64')}`;
    const response = await post(vendor, { name: 'Huge', type: 'multiaccount', icon: huge });
    expect(response.statusCode).toBe(413);
    expect(response.json().error_code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('replaces and removes the image on edit, changing the icon URL', async () => {
    const created = (await post(vendor, { name: 'Edit me', type: 'multiaccount', icon: tinyPngDataUrl })).json();
    const put = (payload: object) =>
      t.app.inject({ method: 'PUT', url: `/public/v1/devops/services/${created.id}`, headers: { authorization: vendor.apiKey }, payload });
    const renamed = await put({ name: 'Edited', icon: tinyPngDataUrl });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Edited', icon: `/public/v1/devops/services/${created.id}/icon?v=2` });
    const removed = await put({ icon: null });
    expect(removed.json()).toMatchObject({ name: 'Edited', icon: null });
    const image = await t.app.inject({ method: 'GET', url: `/public/v1/devops/services/${created.id}/icon`, headers: { authorization: vendor.apiKey } });
    expect(image.statusCode).toBe(404);
  });
});

describe('deleting extensions', () => {
  it('deletes when every environment is stopped, disconnected or uninitialized', async () => {
    const created = (await post(vendor, { name: 'Doomed', type: 'multiaccount' })).json();
    await t.prisma.environment.update({ where: { id: created.environments.test.id }, data: { status: 'disconnected' } });
    await t.prisma.environment.update({ where: { id: created.environments.production.id }, data: { status: 'stopped' } });
    const response = await t.app.inject({ method: 'DELETE', url: `/public/v1/devops/services/${created.id}`, headers: { authorization: vendor.apiKey } });
    expect(response.statusCode).toBe(204);
    expect(await t.prisma.environment.count({ where: { extensionId: created.id } })).toBe(0);
    const after = await t.app.inject({ method: 'GET', url: `/public/v1/devops/services/${created.id}`, headers: { authorization: vendor.apiKey } });
    expect(after.statusCode).toBe(404);
  });

  it('refuses while an environment is connected or running, naming it, and deletes nothing', async () => {
    const created = (await post(vendor, { name: 'Busy', type: 'multiaccount' })).json();
    await t.prisma.environment.update({ where: { id: created.environments.development.id }, data: { status: 'connected' } });
    await t.prisma.environment.update({ where: { id: created.environments.production.id }, data: { status: 'running' } });
    const response = await t.app.inject({ method: 'DELETE', url: `/public/v1/devops/services/${created.id}`, headers: { authorization: vendor.apiKey } });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      error_code: 'ENVIRONMENT_ACTIVE',
      errors: [
        `The extension cannot be deleted while the Development environment (${created.environments.development.id}) is connected and the Production environment (${created.environments.production.id}) is running: stop them first`,
      ],
    });
    expect(await t.prisma.environment.count({ where: { extensionId: created.id } })).toBe(3);
  });
});
