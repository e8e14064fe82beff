import { z } from 'zod';
import { Events, NamedReference } from './common.ts';
import { ServiceEnvironment } from './environments.ts';

export const ExtensionType = z.enum(['products', 'hub', 'multiaccount', 'transformations']);
export type ExtensionType = z.infer<typeof ExtensionType>;

/** What the guide calls each type, in the order the Add Extension dialog lists them. */
export const EXTENSION_TYPE_LABELS: Record<ExtensionType, string> = {
  multiaccount: 'Multi-Account Installation',
  transformations: 'Commerce Transformations',
  products: 'Fulfillment Automation',
  hub: 'Hub Integration',
};

/** `cloudblue.connect.package`: three dot-separated segments. */
export const PACKAGE_ID_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
export const ICON_MAX_BYTES = 512 * 1024;
export const ICON_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** Icons travel inside JSON as data URLs (`data:image/png;base64,…`); the server checks the bytes. */
const iconDataUrl = z
  .string()
  .max(Math.ceil((ICON_MAX_BYTES * 4) / 3) + 64, `icon must be at most ${ICON_MAX_BYTES / 1024} KB`)
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/, 'icon must be a PNG, JPEG or WebP data URL');

const name = z.string().trim().min(1, 'name is required').max(256, 'name must be at most 256 characters');
const description = z.string().trim().max(2048, 'description must be at most 2048 characters').nullable();
const reference = z.strictObject({ id: z.string().trim().min(1).max(64) });

export const CreateExtensionRequest = z.strictObject({
  name,
  type: ExtensionType,
  description: description.optional(),
  icon: iconDataUrl.nullable().optional(),
  package_id: z
    .string()
    .trim()
    .max(256)
    .regex(PACKAGE_ID_PATTERN, 'package_id must have the form cloudblue.connect.package')
    .nullable()
    .optional(),
  products: z.array(reference).max(100).optional(),
  /** Connect's own clients send a single `product`; accepted as one element of `products`. */
  product: reference.optional(),
  hub: reference.optional(),
});
export type CreateExtensionRequest = z.infer<typeof CreateExtensionRequest>;

export const UpdateExtensionRequest = z.strictObject({
  name: name.optional(),
  description: description.optional(),
  /** A new data URL replaces the icon; null removes it. */
  icon: iconDataUrl.nullable().optional(),
});
export type UpdateExtensionRequest = z.infer<typeof UpdateExtensionRequest>;

export const Extension = z.object({
  id: z.string(),
  type: ExtensionType,
  name: z.string(),
  description: z.string().nullable(),
  icon: z.string().nullable(),
  package_id: z.string().nullable(),
  products: z.array(z.object({ id: z.string(), name: z.string(), icon: z.string().nullable() })),
  hub: NamedReference.nullable(),
  owner: NamedReference,
  events: Events,
  environments: z.object({
    development: ServiceEnvironment,
    test: ServiceEnvironment,
    production: ServiceEnvironment,
  }),
});
export type Extension = z.infer<typeof Extension>;
