import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config/config.ts';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount } from './builders.ts';

const run = promisify(execFile);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function cli(args: string[], input?: string) {
  const child = run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'apps/api/src/cli.ts'), ...args], {
    cwd: path.join(repoRoot, 'apps/api'),
    env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent' },
  });
  if (input !== undefined) child.child.stdin?.end(input);
  return child;
}

describe('operator CLI', () => {
  it('prints a working API key, and only the key, on stdout', async () => {
    const account = await createAccount(t.prisma);
    const { stdout } = await cli(['create-api-key', '--account', account.accountId, '--name', 'ci', '--role', 'developer']);
    const key = stdout.trim();
    expect(key).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:\S+$/);
    const response = await t.app.inject({ method: 'GET', url: '/public/v1/devops/services', headers: { authorization: key } });
    expect(response.statusCode).toBe(200);
  });

  it('creates an account and a user who can log in with the password from stdin', async () => {
    const { stdout: accountId } = await cli(['create-account', '--name', 'Acme', '--type', 'distributor']);
    expect(accountId.trim()).toMatch(/^PA-\d{3}-\d{3}$/);
    await cli(['create-user', '--account', accountId.trim(), '--email', 'Ann@Acme.test', '--name', 'Ann', '--role', 'admin'], 'a-long-password\n');
    const login = await t.app.inject({ method: 'POST', url: '/public/v1/auth/login', payload: { email: 'ann@acme.test', password: 'a-long-password' } });
    expect(login.statusCode).toBe(200);
    expect(login.json().account).toMatchObject({ id: accountId.trim(), type: 'distributor', role: 'admin' });
  });

  it('fails with exit code 2 and a message for an unknown account', async () => {
    const failure = await cli(['create-api-key', '--account', 'VA-000-000', '--name', 'x']).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('account VA-000-000 does not exist');
  });
});
