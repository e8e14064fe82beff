interface Log {
  info(object: object, message: string): void;
}
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { RunnerConnection } from './runner-connection.ts';
import { discoverCustomApi } from './discover-custom-api.ts';
import { parseRunnerControl } from './runner-control.ts';
import { registerCustomApiMethods } from './runner-setup.ts';

/** The runner sockets this process holds, by environment, and what other processes ask of them. */
export function createRunnerHub(prisma: PrismaClient, log: Log) {
  const byEnvironment = new Map<string, Set<RunnerConnection>>();

  function connectionsOf(environmentId: string): RunnerConnection[] {
    return [...(byEnvironment.get(environmentId) ?? [])];
  }

  return {
    add(connection: RunnerConnection): void {
      const environmentId = connection.environmentId!;
      const set = byEnvironment.get(environmentId) ?? new Set();
      set.add(connection);
      byEnvironment.set(environmentId, set);
      // The socket that serves HTTP requests also describes them: list its custom API methods.
      if (connection.isWebApp || connection.runnerType === 'interactive') {
        discoverCustomApi(connection)
          .then((methods) => methods && registerCustomApiMethods(prisma, environmentId, methods))
          .catch(() => undefined);
      }
    },
    remove(connection: RunnerConnection): void {
      const environmentId = connection.environmentId;
      if (!environmentId) return;
      byEnvironment.get(environmentId)?.delete(connection);
      if (byEnvironment.get(environmentId)?.size === 0) byEnvironment.delete(environmentId);
    },
    connectionsOf,
    /** A ready socket for HTTP requests: the web application socket, else an interactive one, else any. */
    webTaskConnectionOf(environmentId: string): RunnerConnection | null {
      const ready = connectionsOf(environmentId).filter((connection) => connection.isReady);
      return (
        ready.find((connection) => connection.isWebApp) ??
        ready.find((connection) => connection.runnerType === 'interactive') ??
        ready[0] ??
        null
      );
    },
    count(): number {
      let total = 0;
      for (const set of byEnvironment.values()) total += set.size;
      return total;
    },
    /** Runs a `config` or `shutdown` notification against the sockets held here. */
    async handleControl(payload: string): Promise<void> {
      const control = parseRunnerControl(payload);
      if (!control) return;
      const connections = connectionsOf(control.environmentId);
      if (connections.length === 0) return;
      if (control.action === 'shutdown') {
        for (const connection of connections) connection.shutdown();
        return;
      }
      await Promise.all(connections.map((connection) => connection.pushConfiguration()));
      await prisma.environment.updateMany({ where: { id: control.environmentId, configurationChanged: true }, data: { configurationChanged: false } });
      log.info({ environmentId: control.environmentId, sockets: connections.length }, 'pushed the new configuration to the runners');
    },
    closeAll(): void {
      for (const set of byEnvironment.values()) for (const connection of set) connection.close(1001, 'The server is shutting down');
    },
  };
}

export type RunnerHub = ReturnType<typeof createRunnerHub>;
