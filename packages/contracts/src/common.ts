import { z } from 'zod';

/** Error body of every failed request: `{error_code, errors}` as Connect answers. */
export const ErrorResponse = z.object({
  error_code: z.string(),
  errors: z.array(z.string()),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const AccountType = z.enum(['vendor', 'distributor', 'reseller']);
export type AccountType = z.infer<typeof AccountType>;

export const Role = z.enum(['admin', 'developer', 'viewer']);
export type Role = z.infer<typeof Role>;

/** `{id, name}` reference to a user or an account, as Connect embeds them. */
export const NamedReference = z.object({ id: z.string(), name: z.string() });
export type NamedReference = z.infer<typeof NamedReference>;

export const Events = z.object({
  created: z.object({ at: z.string(), by: NamedReference.nullable() }),
  updated: z.object({ at: z.string(), by: NamedReference.nullable() }),
});
export type Events = z.infer<typeof Events>;

/** Id formats, as Connect prints them. */
export const idPatterns = {
  extension: /^SRVC-\d{4}-\d{4}$/,
  environment: /^ENV-\d{4}-\d{4}-0[123]$/,
  vendorAccount: /^VA-\d{3}-\d{3}$/,
  partnerAccount: /^PA-\d{3}-\d{3}$/,
  user: /^UR-\d{3}-\d{3}-\d{3}$/,
  apiKey: /^SU-\d{3}-\d{3}-\d{3}$/,
  product: /^PRD-\d{3}-\d{3}-\d{3}$/,
  hub: /^HB-\d{4}-\d{4}$/,
} as const;
