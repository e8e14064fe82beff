import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config/config.ts';

// No Docker engine runs here, so the compose file is validated, not run: Debian's docker-compose (v1)
// parses and interpolates it exactly as it would before starting containers.
const composeFile = path.join(repoRoot, 'docker-compose.yml');
const hasCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;

describe('docker-compose.yml', () => {
  it.skipIf(!hasCompose)('is a valid compose file once ENCRYPTION_KEY is set', () => {
    const env = { ...process.env, ENCRYPTION_KEY: 'a'.repeat(64) };
    const resolved = execFileSync('docker-compose', ['-f', composeFile, 'config'], { env, encoding: 'utf8' });
    expect(resolved).toContain('image: postgres:17');
    expect(resolved).toMatch(/DATABASE_URL: postgres:\/\/devops:devops@db:5432\/devops/);
  });

  it.skipIf(!hasCompose)('refuses to start without an encryption key', () => {
    const env = { ...process.env };
    delete env.ENCRYPTION_KEY;
    const result = spawnSync('docker-compose', ['-f', composeFile, 'config', '-q'], { env, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('ENCRYPTION_KEY');
  });

  it('pins Postgres 17, the version the migration engine introspects', () => {
    expect(readFileSync(composeFile, 'utf8')).toMatch(/image: postgres:17\n/);
  });
});
