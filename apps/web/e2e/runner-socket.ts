import type { SetupRequest } from '@devops/contracts/runner-protocol';
import WebSocket from 'ws';

type ProtocolMessage = { version: number; message_type: string; data: unknown };

/**
 * Speaks the runner protocol to the real gateway from a test, the way Connect's runner does: one socket per
 * runner type, `Authorization: ApiKey …`, then setup_request → setup_response.
 */
export class RunnerSocket {
  private readonly received: ProtocolMessage[] = [];
  private readonly waiters = new Set<() => void>();
  private closeInfo: { code: number; reason: string } | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(data.toString()) as ProtocolMessage);
      this.notify();
    });
    socket.on('close', (code, reason) => {
      this.closeInfo = { code, reason: reason.toString() };
      this.notify();
    });
  }

  /** Opens `/public/v1/devops/ws/{environmentId}/{instanceId}` on the e2e server. */
  static async connect(options: { environmentId: string; instanceId: string; apiKey: string; runnerType?: string }): Promise<RunnerSocket> {
    const base = process.env.E2E_BASE_URL;
    if (!base) throw new Error('E2E_BASE_URL is not set');
    const url = new URL(`/public/v1/devops/ws/${options.environmentId}/${options.instanceId}`, base.replace(/^http/, 'ws'));
    url.searchParams.set('runner_type', options.runnerType ?? 'background');
    const socket = new WebSocket(url, { headers: { Authorization: options.apiKey } });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new RunnerSocket(socket);
  }

  send(messageType: 'setup_request' | 'shutdown', data: SetupRequest | null): void {
    this.socket.send(JSON.stringify({ version: 2, message_type: messageType, data }));
  }

  /** The first message of this type, waiting for it; fails if the gateway closes the socket first. */
  async waitFor(messageType: string, timeoutMs = 10_000): Promise<ProtocolMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find((message) => message.message_type === messageType);
      if (found) return found;
      if (this.closeInfo) throw new Error(`The gateway closed the socket (${this.closeInfo.code} ${this.closeInfo.reason}) before ${messageType}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No ${messageType} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, left);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(done);
      });
    }
  }

  /** Closes the socket as a runner going away would, and waits until it is closed. */
  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    const closed = new Promise<void>((resolve) => this.socket.once('close', () => resolve()));
    this.socket.close(1000, 'bye');
    await closed;
  }

  private notify(): void {
    for (const waiter of this.waiters) waiter();
    this.waiters.clear();
  }
}
