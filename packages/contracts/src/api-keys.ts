import { z } from 'zod';
import { NamedReference, Role } from './common.ts';

export const CreateApiKeyRequest = z.strictObject({
  name: z.string().trim().min(1, 'name is required').max(128),
  role: Role.default('developer'),
  /** Limit the key to running one environment (a runner key). */
  environment_id: z.string().regex(/^ENV-\d{4}-\d{4}-0[123]$/, 'environment_id must look like ENV-1234-5678-01').optional(),
});
export type CreateApiKeyRequest = z.infer<typeof CreateApiKeyRequest>;

export const ApiKey = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  environment_id: z.string().nullable(),
  created: z.object({ at: z.string(), by: NamedReference.nullable() }),
  last_used_at: z.string().nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

/** Answer to creating a key: the only time the secret is shown. */
export const CreatedApiKey = ApiKey.extend({
  /** Full `Authorization` header value: `ApiKey SU-…:<secret>`. */
  key: z.string(),
});
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;
