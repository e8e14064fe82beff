import { categoryOfEventType } from './event-types.ts';
import { EXTENSION_BRAND, type Extension, type ExtensionDefinition } from './types.ts';

/** The platform's variable name rule (written without nested quantifiers so it runs in linear time). */
const VARIABLE_NAME = /^[A-Za-z][A-Za-z0-9_\-.]*$/;
const METHOD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const MAX_VARIABLE_VALUE = 21960;

export class ExtensionDefinitionError extends Error {
  override name = 'ExtensionDefinitionError';
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ExtensionDefinitionError(message);
}

function checkVariables(definition: ExtensionDefinition): void {
  const seen = new Set<string>();
  for (const variable of definition.variables ?? []) {
    check(VARIABLE_NAME.test(variable.name), `variable name '${variable.name}' must match ${VARIABLE_NAME}`);
    check(!seen.has(variable.name), `variable '${variable.name}' is declared twice`);
    check((variable.initialValue ?? '').length <= MAX_VARIABLE_VALUE, `variable '${variable.name}': initial value over ${MAX_VARIABLE_VALUE} characters`);
    seen.add(variable.name);
  }
}

function checkEvents(definition: ExtensionDefinition): void {
  for (const [eventType, subscription] of Object.entries(definition.events ?? {})) {
    check(typeof subscription.handler === 'function', `event '${eventType}' has no handler function`);
    check(subscription.category === 'background' || subscription.category === 'interactive', `event '${eventType}': category must be background or interactive`);
    const knownCategory = categoryOfEventType(eventType);
    // The platform picks the socket and the timeout by category: a mismatch would silently never work.
    check(
      knownCategory === null || knownCategory === subscription.category,
      `event '${eventType}' is delivered by Connect as ${knownCategory}, not ${subscription.category}`,
    );
    if (subscription.category === 'background') {
      check(Array.isArray(subscription.statuses), `background event '${eventType}' must list the statuses it processes`);
    }
  }
}

function checkSchedulables(definition: ExtensionDefinition): void {
  const seen = new Set<string>();
  for (const schedulable of definition.schedulables ?? []) {
    check(METHOD_NAME.test(schedulable.method), `schedulable method '${schedulable.method}' must be an identifier`);
    check(!seen.has(schedulable.method), `schedulable method '${schedulable.method}' is declared twice`);
    check(typeof schedulable.handler === 'function', `schedulable '${schedulable.method}' has no handler function`);
    seen.add(schedulable.method);
  }
}

function checkRoutes(definition: ExtensionDefinition): void {
  const seen = new Set<string>();
  for (const route of definition.api?.routes ?? []) {
    check(HTTP_METHODS.has(route.method), `route ${route.method} ${route.path}: unsupported method`);
    check(route.path.startsWith('/'), `route ${route.method} ${route.path}: the path must start with /`);
    check(typeof route.handler === 'function', `route ${route.method} ${route.path} has no handler function`);
    // `/items/:id` and `/items/:name` are the same route.
    const key = `${route.method} ${route.path.replace(/:[^/]+/g, ':')}`;
    check(!seen.has(key), `route ${route.method} ${route.path} is declared twice`);
    seen.add(key);
  }
}

/** Validates an extension definition and marks it as one the runner can load (throws ExtensionDefinitionError). */
export function defineExtension(definition: ExtensionDefinition): Extension {
  checkVariables(definition);
  checkEvents(definition);
  checkSchedulables(definition);
  checkRoutes(definition);
  return Object.freeze({ ...definition, [EXTENSION_BRAND]: true as const });
}

/** Whether a module export is an extension made by `defineExtension` (of any copy of this package). */
export function isExtension(value: unknown): value is Extension {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[EXTENSION_BRAND] === true;
}
