/**
 * The part of a pino/Fastify logger the database layer writes to. Kept this small so the server can pass
 * its own logger, and tests or scripts a console-backed stub, without the database code depending on
 * pino's types.
 */
export interface DbLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

/** Discards everything; for tests that do not want Postgres' chatter. */
export const silentLogger: DbLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
};

/** Plain console output for command-line scripts such as `migrate:new`. */
export const consoleLogger: DbLogger = {
  debug: () => {},
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
};
