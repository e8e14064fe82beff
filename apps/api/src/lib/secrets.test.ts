import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, loadSecretBox } from './secrets.ts';

describe('secret box', () => {
  const box = createSecretBox([randomBytes(32)]);

  it('round-trips and never stores the plaintext', () => {
    const sealed = box.encrypt('hunter2-secret', 'ENV-1:jwt');
    expect(sealed).not.toContain('hunter2');
    expect(sealed.split(':')[1]).toBe(box.currentKeyId);
    expect(box.decrypt(sealed, 'ENV-1:jwt')).toBe('hunter2-secret');
  });

  it('refuses a ciphertext moved to another row', () => {
    const sealed = box.encrypt('value', 'ENV-1:A');
    expect(() => box.decrypt(sealed, 'ENV-2:A')).toThrow();
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = box.encrypt('value', 'row');
    const parts = sealed.split(':');
    parts[4] = Buffer.from('other').toString('base64');
    expect(() => box.decrypt(parts.join(':'), 'row')).toThrow();
  });

  it('decrypts with an older key after rotation', () => {
    const oldKey = randomBytes(32);
    const sealed = createSecretBox([oldKey]).encrypt('kept', 'row');
    const rotated = createSecretBox([randomBytes(32), oldKey]);
    expect(rotated.decrypt(sealed, 'row')).toBe('kept');
    expect(rotated.encrypt('new', 'row').split(':')[1]).toBe(rotated.currentKeyId);
  });

  it('generates a private key file on first start and reuses it', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'secrets-'));
    const first = loadSecretBox({ dataDir });
    const second = loadSecretBox({ dataDir });
    expect(second.currentKeyId).toBe(first.currentKeyId);
    expect(statSync(path.join(dataDir, 'encryption-keys')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dataDir, 'encryption-keys'), 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
  });
});
