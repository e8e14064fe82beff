import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { CLOSE_CODES } from '@devops/contracts/runner-protocol';
import type { AppDeps } from '../../app-deps.ts';
import { UnauthorizedError } from '../../lib/errors.ts';
import { DEFAULT_GATEWAY_LIMITS, RunnerConnection, type GatewayLimits } from './runner-connection.ts';
import { RUNNER_CONTROL_CHANNEL } from './runner-control.ts';
import type { RunnerHub } from './runner-hub.ts';

/** Largest message a runner may send (a task result carries at most a few KB of output). */
export const MAX_RUNNER_MESSAGE_BYTES = 1024 * 1024;

type GatewayRequest = FastifyRequest<{
  Params: { environment_id: string; instance_id: string };
  Querystring: { runner_type?: string };
}>;

/**
 * The runner gateway: `GET /public/v1/devops/ws/{ENV_ID}/{INSTANCE_ID}` (and `/webapp`), wire-compatible
 * with Connect's extension runner. Authentication happens after the upgrade so a refusal reaches the runner
 * as a close code with a reason it can log.
 */
export function runnerGatewayRoutes(deps: AppDeps, hub: RunnerHub, limits: GatewayLimits = DEFAULT_GATEWAY_LIMITS) {
  return async (app: FastifyInstance) => {
    await deps.changeFeed.listen(RUNNER_CONTROL_CHANNEL, (payload) => {
      hub.handleControl(payload).catch((error: unknown) => app.log.error({ err: error }, 'runner control failed'));
    });
    await app.register(fastifyWebsocket, { options: { maxPayload: MAX_RUNNER_MESSAGE_BYTES } });
    app.addHook('preClose', async () => hub.closeAll());

    async function authorize(socket: WebSocket, request: GatewayRequest, connection: RunnerConnection): Promise<void> {
      const refuse = (code: number, reason: string) => connection.close(code, reason);
      const { environment_id: environmentId, instance_id: runnerKey } = request.params;
      const header = request.headers.authorization;
      if (!header) return refuse(CLOSE_CODES.unauthorized, 'Send the Authorization: ApiKey SU-…:… header');
      let caller;
      try {
        caller = await deps.apiKeys.authenticate(header);
      } catch (error) {
        if (error instanceof UnauthorizedError) return refuse(CLOSE_CODES.unauthorized, 'The API key is not valid');
        throw error;
      }
      if (caller.role === 'viewer') return refuse(CLOSE_CODES.forbidden, 'A viewer API key cannot run an environment');
      if (caller.environmentId && caller.environmentId !== environmentId) {
        return refuse(CLOSE_CODES.forbidden, `This API key may only run ${caller.environmentId}`);
      }
      if (!/^[\w.-]{1,64}$/.test(runnerKey)) return refuse(CLOSE_CODES.protocolError, 'The instance id must be 1-64 letters, digits, _ . or -');
      const environment = await deps.prisma.environment.findFirst({ where: { id: environmentId, accountId: caller.accountId } });
      if (!environment) return refuse(CLOSE_CODES.notFound, `Environment ${environmentId} was not found`);
      if (environment.status === 'stopped') return refuse(CLOSE_CODES.stopped, 'The environment is stopped; start it in the console');
      if (socket.readyState !== socket.OPEN) return;
      connection.accept({ environmentId, extensionId: environment.extensionId, accountId: caller.accountId, runnerKey });
    }

    const handler = (isWebApp: boolean) => (socket: WebSocket, request: GatewayRequest) => {
      const runnerType = typeof request.query.runner_type === 'string' ? request.query.runner_type : null;
      const connection = new RunnerConnection(
        socket,
        {
          prisma: deps.prisma,
          secrets: deps.secrets,
          log: app.log,
          limits,
          onReady: (ready) => hub.add(ready),
          onClosed: (closed) => hub.remove(closed),
        },
        runnerType,
        isWebApp,
      );
      authorize(socket, request, connection).catch((error: unknown) => {
        app.log.error({ err: error }, 'runner authorization failed');
        connection.close(1011, 'Internal error');
      });
    };

    const route = { websocket: true, config: { isPublic: true }, schema: { hide: true } } as const;
    app.get('/devops/ws/:environment_id/:instance_id', route, handler(false));
    app.get('/devops/ws/:environment_id/:instance_id/webapp', route, handler(true));
  };
}
