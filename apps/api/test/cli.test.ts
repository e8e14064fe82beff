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

describe('rotating the encryption key', () => {
  it('re-encrypts every secret under a new key and drops the old key from the data folder', async () => {
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const { loadSecretBox } = await import('../src/lib/secrets.ts');
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rotate-'));
    const oldBox = loadSecretBox({ dataDir });
    // A secure variable and an environment secret written under the old key.
    const account = await createAccount(t.prisma);
    const extension = await t.prisma.extension.create({
      data: {
        id: `SRVC-9${String(Date.now()).slice(-3)}-0001`,
        accountId: account.accountId,
        type: 'multiaccount',
        name: 'Rotate',
        environments: { create: { id: `ENV-9${String(Date.now()).slice(-3)}-0001-01`, type: 'development', accountId: account.accountId } },
      },
      include: { environments: true },
    });
    const envId = extension.environments[0]!.id;
    await t.prisma.environment.update({ where: { id: envId }, data: { jwtSecret: oldBox.encrypt('jwt-before', `${envId}:jwt_secret`) } });
    await t.prisma.variable.create({
      data: { id: 'VAR-9999-0000-0001', environmentId: envId, accountId: account.accountId, name: 'TOKEN', secure: true, value: oldBox.encrypt('token-before', `${envId}:variable:TOKEN`) },
    });

    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'apps/api/src/cli.ts'), 'rotate-encryption-key'], {
      cwd: path.join(repoRoot, 'apps/api'),
      env: { ...process.env, DATABASE_URL: t.databaseUrl, DATA_DIR: dataDir, ENCRYPTION_KEY: '' },
    });
    expect(stdout).toMatch(/^Re-encrypted \d+ secure variables and the secrets of \d+ environments with key [0-9a-f]{12}/);

    const newBox = loadSecretBox({ dataDir });
    expect(newBox.currentKeyId).not.toBe(oldBox.currentKeyId);
    expect((await readFile(path.join(dataDir, 'encryption-keys'), 'utf8')).trim().split('\n')).toHaveLength(1);
    const variable = await t.prisma.variable.findUniqueOrThrow({ where: { id: 'VAR-9999-0000-0001' } });
    expect(variable.value.split(':')[1]).toBe(newBox.currentKeyId);
    expect(newBox.decrypt(variable.value, `${envId}:variable:TOKEN`)).toBe('token-before');
    const environment = await t.prisma.environment.findUniqueOrThrow({ where: { id: envId } });
    expect(newBox.decrypt(environment.jwtSecret!, `${envId}:jwt_secret`)).toBe('jwt-before');
  });
});
