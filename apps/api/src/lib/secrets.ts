import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Secrets at rest (JWT secrets, Git credentials, secure variables): AES-256-GCM, with the row's identity
 * as associated data so a ciphertext cannot be moved to another row, and the key id stored with each
 * value so keys can be rotated.
 */
export interface SecretBox {
  readonly currentKeyId: string;
  encrypt(plaintext: string, associatedData: string): string;
  decrypt(sealed: string, associatedData: string): string;
}

const FORMAT = 'v1';

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export function parseKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('ENCRYPTION_KEY must be 32 bytes, given as 64 hex characters or base64');
  return key;
}

/** `keys[0]` encrypts; every key decrypts what it encrypted. */
export function createSecretBox(keys: Buffer[]): SecretBox {
  const [current] = keys;
  if (!current) throw new Error('At least one encryption key is required');
  const byId = new Map(keys.map((key) => [keyIdOf(key), key]));
  const currentKeyId = keyIdOf(current);

  return {
    currentKeyId,
    encrypt(plaintext, associatedData) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      cipher.setAAD(Buffer.from(associatedData));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [FORMAT, currentKeyId, iv.toString('base64'), tag.toString('base64'), ciphertext.toString('base64')].join(':');
    },
    decrypt(sealed, associatedData) {
      const [format, keyId, iv, tag, ciphertext] = sealed.split(':');
      if (format !== FORMAT || !keyId || !iv || !tag || ciphertext === undefined) {
        throw new Error('Unrecognised secret format');
      }
      const key = byId.get(keyId);
      if (!key) throw new Error(`Secret was encrypted with unknown key ${keyId}`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAAD(Buffer.from(associatedData));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * The configured key, or one generated into the data folder on first start (mode 0600).
 * Keys listed after the first in the file are older keys kept for decryption during rotation.
 */
export function loadSecretBox(options: { configuredKey?: string; previousKeys?: string; dataDir: string }): SecretBox {
  if (options.configuredKey) {
    const previous = (options.previousKeys ?? '').split(',').filter((key) => key.trim() !== '');
    return createSecretBox([options.configuredKey, ...previous].map(parseKey));
  }
  const file = keyFileOf(options.dataDir);
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return createSecretBox(readKeyFile(file));
}

export function keyFileOf(dataDir: string): string {
  return path.join(dataDir, 'encryption-keys');
}

function readKeyFile(file: string): Buffer[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(parseKey);
}

/** Puts a new key first in the data folder's key file (the old ones stay for decryption). */
export function addKeyToFile(dataDir: string): SecretBox {
  const file = keyFileOf(dataDir);
  const keys = [randomBytes(32), ...readKeyFile(file)];
  writeFileSync(file, keys.map((key) => `${key.toString('hex')}\n`).join(''), { mode: 0o600 });
  return createSecretBox(keys);
}

/** Keeps only the current key in the key file, once nothing is encrypted with the others. */
export function dropOldKeysFromFile(dataDir: string): void {
  const file = keyFileOf(dataDir);
  const [current] = readKeyFile(file);
  writeFileSync(file, `${current!.toString('hex')}\n`, { mode: 0o600 });
}
