import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, logInAs, type TestAccount } from './builders.ts';

let t: TestApp;
let vendor: TestAccount;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: 1000 });
  vendor = await createAccount(t.prisma, { type: 'vendor' });
});
afterAll(() => t.close());

const list = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/public/v1/devops/services', headers });

describe('API keys', () => {
  it('authenticates a valid key and refuses missing, malformed, wrong and revoked ones with 401', async () => {
    expect((await list({ authorization: vendor.apiKey })).statusCode).toBe(200);
    const missing = await list({});
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error_code).toBe('UNAUTHORIZED');
    expect((await list({ authorization: 'Bearer abc' })).statusCode).toBe(401);
    const wrongSecret = vendor.apiKey.replace(/:.*/, ':wrongwrongwrongwrongwrongwrong');
    expect((await list({ authorization: wrongSecret })).json()).toEqual({ error_code: 'INVALID_API_KEY', errors: ['The API key is not valid'] });
    expect((await list({ authorization: 'ApiKey SU-000-000-000:aaaaaaaaaaaaaaaaaaaaaaaa' })).statusCode).toBe(401);
  });

  it('creates a key shown once, stores only its hash, and revokes it at once', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/public/v1/account/api-keys',
      headers: { authorization: vendor.apiKey },
      payload: { name: 'ci', role: 'developer' },
    });
    expect(created.statusCode).toBe(201);
    const { id, key } = created.json();
    expect(key).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:[A-Za-z0-9_-]{43}$/);
    const stored = await t.prisma.apiKey.findUniqueOrThrow({ where: { id } });
    expect(stored.secretHash).not.toContain(key.split(':')[1]);
    expect((await list({ authorization: key })).statusCode).toBe(200);

    const listed = await t.app.inject({ method: 'GET', url: '/public/v1/account/api-keys', headers: { authorization: vendor.apiKey } });
    expect(listed.body).not.toContain(key.split(':')[1]);
    expect(listed.json().map((k: { id: string }) => k.id)).toContain(id);

    const revoked = await t.app.inject({ method: 'DELETE', url: `/public/v1/account/api-keys/${id}`, headers: { authorization: vendor.apiKey } });
    expect(revoked.statusCode).toBe(204);
    expect((await list({ authorization: key })).statusCode).toBe(401);
  });

  it('does not let a developer mint an admin key', async () => {
    const developer = await createAccount(t.prisma, { role: 'developer' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/public/v1/account/api-keys',
      headers: { authorization: developer.apiKey },
      payload: { name: 'escalate', role: 'admin' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('browser sessions', () => {
  it('logs in, answers /auth/me, and logs out', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/public/v1/auth/login', payload: { email: vendor.userEmail, password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error_code: 'INVALID_CREDENTIALS', errors: ['Wrong email or password'] });

    const { cookie, csrf } = await logInAs(t.app, vendor);
    const me = await t.app.inject({ method: 'GET', url: '/public/v1/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ user: { email: vendor.userEmail }, account: { id: vendor.accountId, type: 'vendor', role: 'admin' }, csrf_token: csrf });

    const out = await t.app.inject({ method: 'POST', url: '/public/v1/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/public/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('sets an httpOnly SameSite=Lax cookie', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/public/v1/auth/login', payload: { email: vendor.userEmail, password: vendor.password } });
    const cookie = response.cookies.find((c) => c.name === 'devops_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
  });

  it('refuses cookie mutations without the CSRF token', async () => {
    const { cookie, csrf } = await logInAs(t.app, vendor);
    const payload = { name: 'csrf', type: 'multiaccount' };
    const without = await t.app.inject({ method: 'POST', url: '/public/v1/devops/services', headers: { cookie }, payload });
    expect(without.statusCode).toBe(403);
    expect(without.json().error_code).toBe('CSRF_TOKEN_INVALID');
    const withToken = await t.app.inject({ method: 'POST', url: '/public/v1/devops/services', headers: { cookie, 'x-csrf-token': csrf }, payload });
    expect(withToken.statusCode).toBe(201);
    expect(withToken.json().events.created.by.name).toBe(`User of ${vendor.accountId}`);
  });
});

describe('login rate limit', () => {
  it('answers 429 after too many attempts', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: 3 });
    try {
      const attempt = () => limited.app.inject({ method: 'POST', url: '/public/v1/auth/login', payload: { email: 'a@b.co', password: 'x' } });
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await attempt()).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
      expect((await attempt()).json().error_code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await limited.close();
    }
  });
});

describe('several accounts', () => {
  it('switches the session to another account the user belongs to, and refuses others', async () => {
    const distributor = await createAccount(t.prisma, { type: 'distributor' });
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: vendor.userEmail } });
    await t.prisma.membership.create({ data: { userId: user.id, accountId: distributor.accountId, role: 'viewer' } });
    const { cookie, csrf } = await logInAs(t.app, vendor);
    const headers = { cookie, 'x-csrf-token': csrf };

    const switched = await t.app.inject({ method: 'POST', url: '/public/v1/auth/switch-account', headers, payload: { account_id: distributor.accountId } });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().account).toMatchObject({ id: distributor.accountId, role: 'viewer' });
    expect(switched.json().accounts).toHaveLength(2);
    // Now a viewer: reads work, changes do not.
    expect((await t.app.inject({ method: 'GET', url: '/public/v1/devops/hubs', headers })).json()).toHaveLength(1);
    const create = await t.app.inject({ method: 'POST', url: '/public/v1/devops/services', headers, payload: { name: 'x', type: 'multiaccount' } });
    expect(create.statusCode).toBe(403);

    const stranger = await createAccount(t.prisma);
    const refused = await t.app.inject({ method: 'POST', url: '/public/v1/auth/switch-account', headers, payload: { account_id: stranger.accountId } });
    expect(refused.statusCode).toBe(404);
  });
});
