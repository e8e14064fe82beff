import { Runtime, UpdateEnvironmentRequest, type Environment } from '@devops/contracts/environments';
import { z } from 'zod';

// Each Git field is validated by the shared request schema's own rules.
const gitShape = UpdateEnvironmentRequest.shape.git.unwrap().shape;
const authShape = gitShape.auth.unwrap().unwrap().shape;

function check(ctx: z.RefinementCtx, path: string, schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (!result.success) ctx.addIssue({ code: 'custom', path: [path], message: result.error.issues[0]?.message ?? 'Invalid value' });
}

/** The wizard's flat form; only Cloud mode needs the Git fields. */
export const environmentConfigSchema = z
  .object({
    runtime: Runtime,
    url: z.string(),
    requires_auth: z.boolean(),
    username: z.string(),
    password: z.string(),
    tag: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.runtime !== 'cloud') return;
    check(ctx, 'url', gitShape.url, values.url);
    check(ctx, 'tag', gitShape.tag, values.tag);
    if (values.requires_auth) {
      if (!values.username.trim()) ctx.addIssue({ code: 'custom', path: ['username'], message: 'Username is required' });
      check(ctx, 'username', authShape.username, values.username);
      check(ctx, 'password', authShape.password, values.password);
    }
  });

export type EnvironmentConfigValues = z.infer<typeof environmentConfigSchema>;

export function initialConfigValues(environment: Environment): EnvironmentConfigValues {
  return {
    runtime: environment.runtime,
    url: environment.git?.url ?? '',
    requires_auth: Boolean(environment.git?.auth?.username),
    username: environment.git?.auth?.username ?? '',
    password: '',
    tag: environment.git?.tag ?? '',
  };
}

/**
 * The PUT body. `runtime` is sent only when it changes (a switch is what the server may refuse);
 * credentials: unchecked → null (removed); checked with an empty password on a repository that
 * already had credentials → left out (kept as stored).
 */
export function toUpdateRequest(values: EnvironmentConfigValues, environment: Environment): UpdateEnvironmentRequest {
  const body: UpdateEnvironmentRequest = {};
  if (values.runtime !== environment.runtime) body.runtime = values.runtime;
  if (values.runtime === 'cloud') {
    const hadAuth = Boolean(environment.git?.auth);
    const git: NonNullable<UpdateEnvironmentRequest['git']> = { url: values.url.trim(), tag: values.tag.trim() };
    if (!values.requires_auth) git.auth = null;
    else if (values.password || !hadAuth) git.auth = { username: values.username.trim(), password: values.password };
    body.git = git;
  }
  return body;
}

export type WizardStep = 'mode' | 'repository' | 'tag' | 'summary';

export function stepsFor(runtime: Runtime): WizardStep[] {
  return runtime === 'cloud' ? ['mode', 'repository', 'tag', 'summary'] : ['mode', 'summary'];
}

export const STEP_LABELS: Record<WizardStep, string> = {
  mode: 'Mode',
  repository: 'Repository',
  tag: 'Tag',
  summary: 'Summary',
};

/** Fields validated before leaving each step. */
export const STEP_FIELDS: Record<WizardStep, (keyof EnvironmentConfigValues)[]> = {
  mode: ['runtime'],
  repository: ['url', 'username', 'password'],
  tag: ['tag'],
  summary: [],
};
