/**
 * How to run an extension against this server, from the root of this repository. The last argument is
 * the folder of the extension to run; the sample extension is the one every checkout has.
 */
export const RUNNER_COMMAND_TEMPLATE =
  'pnpm runner --environment {environment} --api-key "{apiKey}" --server {server} ./packages/sample-extension';

/** Stands for the key until one is created; the runner is refused with it, saying the key is not valid. */
export const API_KEY_PLACEHOLDER = 'ApiKey SU-…:…';

type RunnerCommandInput = { environmentId: string; server: string; apiKey?: string };

/** The runner command for one environment, with a real key or the placeholder. */
export function runnerCommand({ environmentId, server, apiKey = API_KEY_PLACEHOLDER }: RunnerCommandInput): string {
  const values: Record<string, string> = { environment: environmentId, apiKey, server };
  // A function replacer: a key's characters are never read as replacement patterns.
  return RUNNER_COMMAND_TEMPLATE.replace(/\{(environment|apiKey|server)\}/g, (_match, name: string) => values[name] ?? '');
}
