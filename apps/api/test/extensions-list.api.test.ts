import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, type TestAccount } from './builders.ts';

let t: TestApp;
let vendor: TestAccount;
const created: { id: string; name: string; type: string }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  vendor = await createAccount(t.prisma, { type: 'vendor' });
  const specs = [
    { name: 'Alpha fulfillment', type: 'products', products: [{ id: vendor.productIds[0] }] },
    { name: 'Beta marketplace', type: 'multiaccount' },
    { name: 'Gamma transformations', type: 'transformations' },
    { name: 'Delta fulfillment', type: 'products', products: [{ id: vendor.productIds[1] }] },
    { name: 'Epsilon marketplace', type: 'multiaccount' },
  ];
  for (const spec of specs) {
    const response = await t.app.inject({ method: 'POST', url: '/public/v1/devops/services', headers: { authorization: vendor.apiKey }, payload: spec });
    created.push(response.json());
  }
  const gamma = created[2]!.id;
  await t.prisma.environment.updateMany({ where: { extensionId: gamma, type: 'production' }, data: { runtime: 'cloud' } });
});
afterAll(() => t.close());

async function list(query: string) {
  const response = await t.app.inject({ method: 'GET', url: `/public/v1/devops/services${query}`, headers: { authorization: vendor.apiKey } });
  return { status: response.statusCode, range: response.headers['content-range'], body: response.json() };
}
const names = (body: { name: string }[]) => body.map((e) => e.name);

describe('listing extensions', () => {
  it('pages with limit/offset and a Content-Range header, newest first by default', async () => {
    const first = await list('?limit=2');
    expect(first.range).toBe('items 0-1/5');
    expect(names(first.body)).toEqual(['Epsilon marketplace', 'Delta fulfillment']);
    const last = await list('?limit=2&offset=4');
    expect(last.range).toBe('items 4-4/5');
    expect(names(last.body)).toEqual(['Alpha fulfillment']);
    const countOnly = await list('?limit=0');
    expect(countOnly.body).toEqual([]);
    expect(countOnly.range).toBe('items 0-0/5');
  });

  it('filters with eq, ne, in, ilike, and, or and plain parameters', async () => {
    expect(names((await list('?eq(type,products)&ordering(name)')).body)).toEqual(['Alpha fulfillment', 'Delta fulfillment']);
    expect((await list('?ne(type,products)')).body).toHaveLength(3);
    expect(names((await list('?in(type,(transformations,products))&ordering(name)')).body)).toEqual([
      'Alpha fulfillment',
      'Delta fulfillment',
      'Gamma transformations',
    ]);
    expect(names((await list('?ilike(name,*MARKET*)&ordering(-name)')).body)).toEqual(['Epsilon marketplace', 'Beta marketplace']);
    expect(names((await list('?and(eq(type,multiaccount),ilike(name,beta*))')).body)).toEqual(['Beta marketplace']);
    expect(names((await list('?or(eq(name,Alpha%20fulfillment),eq(name,Beta%20marketplace))&ordering(name)')).body)).toEqual([
      'Alpha fulfillment',
      'Beta marketplace',
    ]);
    expect(names((await list('?type=transformations')).body)).toEqual(['Gamma transformations']);
  });

  it('filters through relations: environments.runtime and product.id', async () => {
    expect(names((await list('?eq(environments.runtime,cloud)')).body)).toEqual(['Gamma transformations']);
    expect(names((await list(`?eq(product.id,${vendor.productIds[1]})`)).body)).toEqual(['Delta fulfillment']);
  });

  it('answers 400 naming what is wrong with a query', async () => {
    const unknownField = await list('?eq(secret_column,1)');
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error_code).toBe('INVALID_RQL');
    expect(unknownField.body.errors.join()).toContain('secret_column');
    const badEnum = await list('?eq(type,plugin)');
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.errors.join()).toContain('plugin');
    const unbalanced = await list('?and(eq(type,hub)');
    expect(unbalanced.status).toBe(400);
    const tooMany = await list('?limit=100000');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors.join()).toContain('limit');
  });
});

describe('cached list pages', () => {
  it('shows a change made through the API in the very next list', async () => {
    await list('?limit=100');
    const response = await t.app.inject({
      method: 'PUT',
      url: `/public/v1/devops/services/${created[0]!.id}`,
      headers: { authorization: vendor.apiKey },
      payload: { name: 'Alpha renamed' },
    });
    expect(response.statusCode).toBe(200);
    expect(names((await list('?limit=100')).body)).toContain('Alpha renamed');
  });

  it('shows a change written to the database by anyone else once Postgres notifies it', async () => {
    const before = await list('?eq(environments.status,connected)');
    expect(before.body).toEqual([]);
    await t.prisma.environment.updateMany({ where: { extensionId: created[1]!.id, type: 'development' }, data: { status: 'connected' } });
    await expect
      .poll(async () => names((await list('?eq(environments.status,connected)')).body), { timeout: 2000, interval: 20 })
      .toEqual(['Beta marketplace']);
    const full = (await list('?limit=100')).body.find((e: { id: string }) => e.id === created[1]!.id);
    expect(full.environments.development.status).toBe('connected');
  });
});
