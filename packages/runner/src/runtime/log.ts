import type { LogLevel, Logger } from '../sdk/types.ts';

const RANK: Record<LogLevel, number> = { DEBUG: 10, INFO: 20, WARNING: 30, ERROR: 40 };

/** Maps the level names Connect and Python use to ours; null for anything else. */
export function normalizeLogLevel(value: string | null | undefined): LogLevel | null {
  switch (value?.toUpperCase()) {
    case 'DEBUG':
      return 'DEBUG';
    case 'INFO':
      return 'INFO';
    case 'WARN':
    case 'WARNING':
      return 'WARNING';
    case 'ERROR':
    case 'CRITICAL':
      return 'ERROR';
    default:
      return null;
  }
}

export type LogSink = (line: string) => void;

export const stderrSink: LogSink = (line) => {
  process.stderr.write(`${line}\n`);
};

export interface LoggerOptions {
  name: string;
  /** Read on every call, so a level pushed by setup_response applies at once. */
  level: () => LogLevel;
  sink: LogSink;
  /** Applied to every line (hides secure variable values). */
  redact?: (text: string) => string;
}

/** A logger writing one line per event: `time LEVEL name: message` (continuation lines indented). */
export function createLogger(options: LoggerOptions): Logger {
  const write = (level: LogLevel, message: string) => {
    if (RANK[level] < RANK[options.level()]) return;
    const text = options.redact ? options.redact(message) : message;
    options.sink(`${new Date().toISOString()} ${level.padEnd(7)} ${options.name}: ${text.replace(/\n/g, '\n    ')}`);
  };
  return {
    debug: (message) => write('DEBUG', message),
    info: (message) => write('INFO', message),
    warning: (message) => write('WARNING', message),
    error: (message) => write('ERROR', message),
  };
}

/** The first line of an error, for logs; stacks go to DEBUG. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
