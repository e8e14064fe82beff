import { Runner } from './client/runner.ts';
import { ConfigError, loadRunnerConfig, USAGE } from './config.ts';
import { loadExtension } from './load-extension.ts';
import { createLogger, describeError, stderrSink } from './runtime/log.ts';

/** `devops-runner`: loads an extension and runs it until SIGTERM/SIGINT or the platform's shutdown. */
async function main(argv: string[]): Promise<number> {
  let config: ReturnType<typeof loadRunnerConfig>;
  try {
    config = loadRunnerConfig(argv);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`devops-runner: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (config === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const level = config.logLevel;
  const log = createLogger({ name: 'cli', level: () => level, sink: stderrSink });

  let loaded: Awaited<ReturnType<typeof loadExtension>>;
  try {
    loaded = await loadExtension(config.extensionPath);
  } catch (error) {
    log.error(describeError(error));
    return 1;
  }
  const { extension, entry } = loaded;
  log.info(
    `loaded ${extension.name ?? entry}: ${Object.keys(extension.events ?? {}).length} event(s), ` +
      `${extension.schedulables?.length ?? 0} schedulable(s), ${extension.api?.routes.length ?? 0} API route(s)`,
  );

  const runner = new Runner({ ...config, extension });
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      // A second Ctrl-C means "now": tasks in flight are abandoned, the platform hands them out again.
      log.warning(`${signal} again: exiting without waiting`);
      process.exit(130);
    }
    log.info(`${signal} received: stopping (up to ${config.shutdownGraceMs / 1000} s for tasks in flight)`);
    void runner.stop('signal');
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  runner.start();
  await runner.stopped;
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`devops-runner: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
