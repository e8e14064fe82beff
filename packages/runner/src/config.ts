import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { LogLevel } from './sdk/types.ts';
import { normalizeLogLevel } from './runtime/log.ts';

/** The runner's configuration: command-line options first, then the environment variables Connect's runner reads. */
export interface RunnerConfig {
  environmentId: string;
  apiKey: string;
  instanceId: string;
  wsBaseUrl: string;
  apiBaseUrl: string;
  extensionPath: string;
  webTaskSocket: 'interactive' | 'webapp';
  timeouts: { background: number; interactive: number; scheduled: number };
  shutdownGraceMs: number;
  logLevel: LogLevel;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const USAGE = `Usage: devops-runner [options] [EXTENSION_PATH]

Runs an extension (a .ts/.js file, or a folder with package.json "main" or index.ts) against the platform.

Options (environment variable in brackets):
  -e, --environment ENV-…       environment id, from the Local Access section [ENVIRONMENT_ID]
  -k, --api-key "ApiKey SU-…"   API key of the extension's account [API_KEY]
  -s, --server URL              platform address, e.g. http://localhost:3000 [SERVER_ADDRESS]
      --api-address URL         REST API address when it differs from --server [API_ADDRESS]
      --instance-id ID          this runner's id (default: INS-<random>) [INSTANCE_ID]
      --web-task-socket KIND    interactive (default) or webapp: where custom API calls arrive [WEB_TASK_SOCKET]
      --background-timeout S    seconds, default 300 [BACKGROUND_TASK_MAX_EXECUTION_TIME]
      --interactive-timeout S   seconds, default 120 [INTERACTIVE_TASK_MAX_EXECUTION_TIME]
      --scheduled-timeout S     seconds, default 43200 [SCHEDULED_TASK_MAX_EXECUTION_TIME]
      --shutdown-grace S        seconds to finish tasks on SIGTERM/SIGINT, default 30 [SHUTDOWN_GRACE_SECONDS]
      --log-level LEVEL         DEBUG, INFO, WARNING or ERROR until the platform sets it [LOG_LEVEL]
  -h, --help                    this text
`;

const seconds = (name: string) =>
  z.coerce.number({ error: `${name} must be a number of seconds` }).positive(`${name} must be positive`).transform((value) => Math.round(value * 1000));

const Schema = z.object({
  environmentId: z.string({ error: 'the environment id is required (--environment or ENVIRONMENT_ID)' }).regex(/^ENV-[A-Za-z0-9-]+$/, 'the environment id looks like ENV-1234-5678-01'),
  apiKey: z.string({ error: 'the API key is required (--api-key or API_KEY)' }).trim().min(1, 'the API key is empty'),
  instanceId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, 'the instance id may use letters, digits, _ . -').optional(),
  server: z.string().default('http://localhost:3000'),
  apiAddress: z.string().optional(),
  extensionPath: z.string().default('.'),
  webTaskSocket: z.enum(['interactive', 'webapp'], { error: 'web task socket is interactive or webapp' }).default('interactive'),
  // prefault, not default: the default must go through the seconds → milliseconds transform too.
  background: seconds('background timeout').prefault(300),
  interactive: seconds('interactive timeout').prefault(120),
  scheduled: seconds('scheduled timeout').prefault(43_200),
  shutdownGrace: seconds('shutdown grace').prefault(30),
  logLevel: z.string().optional(),
});

/** `http://host:3000` → ws:// + http://; a bare host means TLS, like Connect's runner. */
export function resolveServer(address: string): { ws: string; http: string } {
  const withScheme = /^[a-z]+:\/\//i.test(address) ? address : `https://${address}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ConfigError(`'${address}' is not a server address`);
  }
  const isSecure = url.protocol === 'https:' || url.protocol === 'wss:';
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) throw new ConfigError(`'${address}': use http(s):// or ws(s)://`);
  const rest = `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  return { ws: `${isSecure ? 'wss' : 'ws'}://${rest}`, http: `${isSecure ? 'https' : 'http'}://${rest}` };
}

/** The Authorization header value: keys pasted without their `ApiKey ` prefix get it. */
export function normalizeApiKey(key: string): string {
  const trimmed = key.trim();
  return /^SU-[^\s:]+:\S+$/.test(trimmed) ? `ApiKey ${trimmed}` : trimmed;
}

/** Parses argv and the environment once; the only place the runner reads process.env. Throws ConfigError. */
export function loadRunnerConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): RunnerConfig | 'help' {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      // `pnpm start -- --environment …` forwards the `--`; an extension path never needs it.
      args: argv.filter((arg) => arg !== '--'),
      allowPositionals: true,
      options: {
        environment: { type: 'string', short: 'e' },
        'api-key': { type: 'string', short: 'k' },
        server: { type: 'string', short: 's' },
        'api-address': { type: 'string' },
        'instance-id': { type: 'string' },
        'web-task-socket': { type: 'string' },
        'background-timeout': { type: 'string' },
        'interactive-timeout': { type: 'string' },
        'scheduled-timeout': { type: 'string' },
        'shutdown-grace': { type: 'string' },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length > 1) throw new ConfigError(`one extension path expected, got ${positionals.length}`);
  const option = (name: string) => values[name] as string | undefined;
  const result = Schema.safeParse({
    environmentId: option('environment') ?? env.ENVIRONMENT_ID,
    apiKey: option('api-key') ?? env.API_KEY,
    instanceId: option('instance-id') ?? env.INSTANCE_ID,
    server: option('server') ?? env.SERVER_ADDRESS,
    apiAddress: option('api-address') ?? env.API_ADDRESS,
    extensionPath: positionals[0] ?? env.EXTENSION_PATH,
    webTaskSocket: option('web-task-socket') ?? env.WEB_TASK_SOCKET,
    background: option('background-timeout') ?? env.BACKGROUND_TASK_MAX_EXECUTION_TIME,
    interactive: option('interactive-timeout') ?? env.INTERACTIVE_TASK_MAX_EXECUTION_TIME,
    scheduled: option('scheduled-timeout') ?? env.SCHEDULED_TASK_MAX_EXECUTION_TIME,
    shutdownGrace: option('shutdown-grace') ?? env.SHUTDOWN_GRACE_SECONDS,
    logLevel: option('log-level') ?? env.LOG_LEVEL,
  });
  if (!result.success) throw new ConfigError(result.error.issues.map((issue) => issue.message).join('; '));
  const config = result.data;
  const logLevel = config.logLevel === undefined ? 'INFO' : normalizeLogLevel(config.logLevel);
  if (!logLevel) throw new ConfigError(`unknown log level '${config.logLevel}'`);
  const server = resolveServer(config.server);
  const api = config.apiAddress ? resolveServer(config.apiAddress) : server;
  return Object.freeze({
    environmentId: config.environmentId,
    apiKey: normalizeApiKey(config.apiKey),
    // Stable for the life of the process: both sockets must name the same instance.
    instanceId: config.instanceId ?? `INS-${randomBytes(6).toString('hex')}`,
    wsBaseUrl: server.ws,
    apiBaseUrl: `${api.http}/public/v1`,
    extensionPath: config.extensionPath,
    webTaskSocket: config.webTaskSocket,
    timeouts: { background: config.background, interactive: config.interactive, scheduled: config.scheduled },
    shutdownGraceMs: config.shutdownGrace,
    logLevel,
  });
}
