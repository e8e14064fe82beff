import { readFileSync } from 'node:fs';

const FOLDER = new URL('../../test-fixtures/connect-captures/', import.meta.url);

/** A message captured from Connect's own runner (see test-fixtures/connect-captures/README.md). */
export function readCapture(name: string): any {
  return JSON.parse(readFileSync(new URL(name, FOLDER), 'utf8'));
}
