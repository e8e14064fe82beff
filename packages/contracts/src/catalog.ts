import { z } from 'zod';

export const Product = z.object({ id: z.string(), name: z.string(), icon: z.string().nullable() });
export type Product = z.infer<typeof Product>;

export const Hub = z.object({ id: z.string(), name: z.string() });
export type Hub = z.infer<typeof Hub>;
