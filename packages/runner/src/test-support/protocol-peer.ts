import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

/**
 * A bare WebSocket server on loopback standing in for the platform, only to observe what the runner sends
 * (as the captures were made). It is not the gateway: it answers setup_request with a minimal
 * setup_response and records everything else.
 */
export interface PeerConnection {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  ws: WebSocket;
  /** 'ping', then 'message:<type>' per frame, in arrival order. */
  events: string[];
  messages: Array<{ message_type: string; data: any }>;
  closeCode: number | null;
  send(message: object): void;
}

export interface PeerOptions {
  /** Answer each setup_request (default true). */
  answerSetup?: boolean;
  setupResponse?: object;
  /** Answer pings (default true); false shows whether the runner waits for the pong. */
  autoPong?: boolean;
}

export const SETUP_RESPONSE = {
  version: 2,
  message_type: 'setup_response',
  data: {
    model_type: 'setup_response',
    variables: { GREETING: 'hello from the platform' },
    environment_type: 'development',
    logging: {
      logging_api_key: null,
      log_level: 'INFO',
      runner_log_level: 'INFO',
      meta: { account_id: 'VA-000-000', account_name: 'Vendor', service_id: 'SRVC-0000-0000', products: [], hub_id: null },
    },
    event_definitions: [],
    environment_runtime: 'local',
  },
};

export async function startProtocolPeer(options: PeerOptions = {}) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, autoPong: options.autoPong ?? true });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const connections: PeerConnection[] = [];

  server.on('connection', (ws, request) => {
    const url = new URL(request.url ?? '/', 'http://peer');
    const connection: PeerConnection = {
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      ws,
      events: [],
      messages: [],
      closeCode: null,
      send: (message) => ws.send(JSON.stringify(message)),
    };
    connections.push(connection);
    ws.on('ping', () => connection.events.push('ping'));
    ws.on('close', (code) => (connection.closeCode = code));
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as PeerConnection['messages'][number];
      connection.events.push(`message:${message.message_type}`);
      connection.messages.push(message);
      if (message.message_type === 'setup_request' && options.answerSetup !== false) connection.send(options.setupResponse ?? SETUP_RESPONSE);
    });
  });

  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    connections,
    /** Connections that sent their setup_request, by runner_type. */
    ready(role: string): PeerConnection[] {
      return connections.filter((connection) => connection.query.get('runner_type') === role && connection.events.includes('message:setup_request'));
    },
    async close(): Promise<void> {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type ProtocolPeer = Awaited<ReturnType<typeof startProtocolPeer>>;

/** Polls until `check` returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 5_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The messages of one type a connection received, in order. */
export function messagesOf(connection: PeerConnection, type: string) {
  return connection.messages.filter((message) => message.message_type === type);
}
