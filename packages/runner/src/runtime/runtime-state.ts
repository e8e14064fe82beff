import type { EventDefinition } from '@devops/contracts/runner-protocol';
import type { InboundSetupResponse } from '../protocol/messages.ts';
import type { Extension, LogLevel } from '../sdk/types.ts';
import { normalizeLogLevel } from './log.ts';

/** Secure values shorter than this are not redacted from logs: hiding "1" would mangle every line. */
const MIN_REDACTED_LENGTH = 4;

/**
 * What the platform told this runner process in its setup_responses. Shared by all sockets of the process:
 * each socket gets its own setup_response, and the latest one wins. Like Connect's runner, a field absent
 * from a later (partial) response keeps its previous value.
 */
export class RuntimeState {
  variables: Readonly<Record<string, string>>;
  logLevel: LogLevel;
  runnerLogLevel: LogLevel;
  environmentType: string | null = null;
  environmentRuntime: string | null = null;
  serviceId: string | null = null;
  accountId: string | null = null;
  eventDefinitions = new Map<string, EventDefinition>();
  private readonly secureNames: Set<string>;

  constructor(extension: Extension, initialLogLevel: LogLevel) {
    // Until the platform answers, handlers see the declared initial values.
    this.variables = Object.freeze(
      Object.fromEntries((extension.variables ?? []).map((variable) => [variable.name, variable.initialValue ?? ''])),
    );
    this.secureNames = new Set((extension.variables ?? []).filter((variable) => variable.secure).map((variable) => variable.name));
    this.logLevel = initialLogLevel;
    this.runnerLogLevel = initialLogLevel;
  }

  /** Applies a setup_response and returns a short description of what it changed, for the log. */
  apply(response: InboundSetupResponse): string[] {
    const changes: string[] = [];
    if (response.variables) {
      const entries = Array.isArray(response.variables)
        ? response.variables.map((variable) => {
            if (variable.secure) this.secureNames.add(variable.name);
            return [variable.name, variable.value ?? ''] as const;
          })
        : Object.entries(response.variables).map(([name, value]) => [name, value ?? ''] as const);
      this.variables = Object.freeze(Object.fromEntries(entries));
      changes.push(`${entries.length} variable(s)`);
    }
    const logLevel = normalizeLogLevel(response.logging?.log_level);
    if (logLevel) {
      if (logLevel !== this.logLevel) changes.push(`log level ${logLevel}`);
      this.logLevel = logLevel;
    }
    const runnerLogLevel = normalizeLogLevel(response.logging?.runner_log_level) ?? logLevel;
    if (runnerLogLevel) this.runnerLogLevel = runnerLogLevel;
    this.environmentType = response.environment_type ?? this.environmentType;
    this.environmentRuntime = response.environment_runtime ?? this.environmentRuntime;
    this.serviceId = response.logging?.meta?.service_id ?? this.serviceId;
    this.accountId = response.logging?.meta?.account_id ?? this.accountId;
    if (response.event_definitions) {
      this.eventDefinitions = new Map(response.event_definitions.map((definition) => [definition.event_type, definition]));
      changes.push(`${response.event_definitions.length} event definition(s)`);
    }
    return changes;
  }

  /** Replaces the values of secure variables in a log line. */
  redact = (text: string): string => {
    let result = text;
    for (const name of this.secureNames) {
      const value = this.variables[name];
      if (value && value.length >= MIN_REDACTED_LENGTH) result = result.split(value).join('******');
    }
    return result;
  };
}
