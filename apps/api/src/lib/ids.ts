import { randomInt } from 'node:crypto';

/** Random decimal digits, zero-padded: the building block of Connect's ids. */
function digits(count: number): string {
  return String(randomInt(0, 10 ** count)).padStart(count, '0');
}

export const newId = {
  vendorAccount: () => `VA-${digits(3)}-${digits(3)}`,
  partnerAccount: () => `PA-${digits(3)}-${digits(3)}`,
  user: () => `UR-${digits(3)}-${digits(3)}-${digits(3)}`,
  apiKey: () => `SU-${digits(3)}-${digits(3)}-${digits(3)}`,
  product: () => `PRD-${digits(3)}-${digits(3)}-${digits(3)}`,
  hub: () => `HB-${digits(4)}-${digits(4)}`,
  extension: () => `SRVC-${digits(4)}-${digits(4)}`,
  variable: () => `VAR-${digits(4)}-${digits(4)}-${digits(4)}`,
  instance: () => `INS-${digits(4)}-${digits(4)}-${digits(6)}`,
};

/** `SRVC-4400-0874` + `01` → `ENV-4400-0874-01`. */
export function environmentId(extensionId: string, suffix: string): string {
  return `ENV-${extensionId.slice('SRVC-'.length)}-${suffix}`;
}

/**
 * Runs `create` with fresh ids until one does not collide with an existing row.
 * Collisions are rare (10^8 extension ids), but an id space this small must not fail on them.
 */
export async function withUniqueId<T>(generate: () => string, create: (id: string) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create(generate());
    } catch (error) {
      const isDuplicate = (error as { code?: string }).code === 'P2002';
      if (!isDuplicate || attempt >= attempts) throw error;
    }
  }
}
