import type { ApiRoute } from '@devops/runner';

export const EXTENSION_NAME = 'DevOps Sample Extension';

/** The custom API methods, reached through the platform (web tasks). */
export const routes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/hello',
    summary: 'Say hello',
    description: 'Greets the caller and names the environment that answered.',
    handler: (ctx, request) => ({
      body: { message: `Hello from ${EXTENSION_NAME}${request.query.name ? `, ${request.query.name}` : ''}`, environment: ctx.environmentId },
    }),
  },
  {
    method: 'POST',
    path: '/echo',
    summary: 'Echo a JSON body',
    description: 'Answers with the JSON body it received.',
    handler: (_ctx, request) =>
      request.body === undefined || typeof request.body === 'string'
        ? { status: 400, body: { error_code: 'BAD_REQUEST', errors: ['Send a JSON body (Content-Type: application/json)'] } }
        : { body: request.body },
  },
];
