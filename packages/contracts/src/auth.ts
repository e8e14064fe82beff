import { z } from 'zod';
import { AccountType, Role } from './common.ts';

export const LoginRequest = z.strictObject({
  email: z.string().trim().toLowerCase().email('email must be an email address').max(320),
  password: z.string().min(1, 'password is required').max(1024),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const AccountSummary = z.object({ id: z.string(), name: z.string(), type: AccountType, role: Role });
export type AccountSummary = z.infer<typeof AccountSummary>;

/** Who the caller is: the session's user, the current account and the caller's role in it. */
export const SessionInfo = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  account: AccountSummary,
  accounts: z.array(AccountSummary),
  /** Send back as the `X-CSRF-Token` header on every mutation made with the session cookie. */
  csrf_token: z.string(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const SwitchAccountRequest = z.strictObject({ account_id: z.string().min(1).max(64) });
export type SwitchAccountRequest = z.infer<typeof SwitchAccountRequest>;

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'devops_session';
