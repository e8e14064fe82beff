import { z } from 'zod';
import { Events, NamedReference } from './common.ts';
import { EnvironmentType } from './environments.ts';

/**
 * Connect's rule, `^[A-Za-z](?:[A-Za-z0-9_\-.]+)*$`: a letter, then letters, digits, `_`, `-` and `.`.
 * Written without the nested quantifier, which accepts the same names but backtracks exponentially
 * on a near-miss (a 28-character name ending in `!` took 1.7 s).
 */
export const VARIABLE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_\-.]*$/;
export const VARIABLE_NAME_MAX = 256;
export const VARIABLE_VALUE_MAX = 21960;
export const VARIABLE_NAME_RULE = "may contain only letters, digits, '_', '-' and '.' and must start with a letter";

const variableName = z
  .string()
  .trim()
  .min(1, 'name is required')
  .max(VARIABLE_NAME_MAX, `name must be at most ${VARIABLE_NAME_MAX} characters`)
  .regex(VARIABLE_NAME_PATTERN, `name ${VARIABLE_NAME_RULE}`);
const variableValue = z
  .string()
  .min(1, 'value cannot be empty')
  .max(VARIABLE_VALUE_MAX, `value must be at most ${VARIABLE_VALUE_MAX} characters`);

/** A variable as the API shows it: a secure variable's value is never returned (null). */
export const Variable = z.object({
  id: z.string(),
  name: z.string(),
  value: z.string().nullable(),
  secure: z.boolean(),
  events: Events,
});
export type Variable = z.infer<typeof Variable>;

export const CreateVariableRequest = z.strictObject({
  name: variableName,
  value: variableValue,
  secure: z.boolean().default(false),
});
export type CreateVariableRequest = z.infer<typeof CreateVariableRequest>;

/** The name is fixed at creation; a secure variable only takes a new value. */
export const UpdateVariableRequest = z.strictObject({
  /** Accepted only when unchanged, since Connect clients send the whole object back. */
  name: z.string().optional(),
  value: variableValue.optional(),
  secure: z.boolean().optional(),
});
export type UpdateVariableRequest = z.infer<typeof UpdateVariableRequest>;

/** What importing a file would do (`?dry_run=true`), or did. */
export const VariablesImportPreview = z.object({
  added: z.array(z.object({ name: z.string(), secure: z.boolean() })),
  changed: z.array(z.object({ name: z.string(), secure: z.boolean(), becomes_secure: z.boolean() })),
  unchanged: z.array(z.object({ name: z.string(), secure: z.boolean() })),
  /** Rows left out, e.g. a secure variable exported without its value into an environment that lacks it. */
  skipped: z.array(z.object({ name: z.string(), row: z.number().int(), reason: z.string() })),
});
export type VariablesImportPreview = z.infer<typeof VariablesImportPreview>;

/** One environment's side of a compared variable. */
export const ComparedValue = z.object({
  present: z.boolean(),
  secure: z.boolean(),
  /** Plain values only; null for secure or absent ones. */
  value: z.string().nullable(),
  /**
   * Equal fingerprints mean equal values, within one comparison response only (keyed per request),
   * so secure values can be compared without being revealed. Null when absent.
   */
  fingerprint: z.string().nullable(),
});
export type ComparedValue = z.infer<typeof ComparedValue>;

export const VariableComparison = z.object({
  environments: z.array(z.object({ id: z.string(), type: EnvironmentType })),
  variables: z.array(
    z.object({
      name: z.string(),
      /** same: present everywhere with one value; different: present everywhere, values differ; partial: missing somewhere. */
      status: z.enum(['same', 'different', 'partial']),
      development: ComparedValue,
      test: ComparedValue,
      production: ComparedValue,
    }),
  ),
});
export type VariableComparison = z.infer<typeof VariableComparison>;

export const CopyVariablesRequest = z.strictObject({
  from: z.string().min(1).max(64),
  to: z.string().min(1).max(64),
  names: z.array(variableName).min(1, 'choose at least one variable').max(10_000),
  /** Replace variables that already exist in the target; otherwise they are refused. */
  overwrite: z.boolean().default(false),
});
export type CopyVariablesRequest = z.infer<typeof CopyVariablesRequest>;

export const VariableAuditEvent = z.object({
  at: z.string(),
  by: NamedReference.nullable(),
  environment_id: z.string(),
  name: z.string(),
  action: z.enum(['created', 'changed', 'deleted']),
  secure: z.boolean(),
  /** How the change was made: api, import or copy. */
  source: z.enum(['api', 'import', 'copy', 'runner']),
});
export type VariableAuditEvent = z.infer<typeof VariableAuditEvent>;
