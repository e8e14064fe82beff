import { RunnerMessage } from '@devops/contracts/runner-protocol';
import { describe, expect, it } from 'vitest';
import { readCapture } from '../test-support/captures.ts';
import { buildTaskReply, buildWebTaskReply, parseInboundMessage, SHUTDOWN_MESSAGE } from './messages.ts';

const raw = (value: unknown) => JSON.stringify(value);

describe('parseInboundMessage', () => {
  it('reads the captured platform tasks', () => {
    for (const name of ['04-platform-task-background.json', '06-platform-task-interactive.json']) {
      const parsed = parseInboundMessage(raw(readCapture(name)));
      expect(parsed.ok && parsed.message.type).toBe('task');
    }
  });

  it('reads setup_response variables as a dict or as Connect’s newer list, and partial updates', () => {
    const dict = parseInboundMessage(raw({ version: 2, message_type: 'setup_response', data: { variables: { A: '1' } } }));
    const list = parseInboundMessage(
      raw({ version: 2, message_type: 'setup_response', data: { variables: [{ name: 'A', value: '1', secure: true }], logging: { log_level: 'DEBUG' } } }),
    );
    expect(dict).toMatchObject({ ok: true, message: { type: 'setup_response', data: { variables: { A: '1' } } } });
    expect(list).toMatchObject({ ok: true, message: { type: 'setup_response', data: { logging: { log_level: 'DEBUG' } } } });
  });

  it('reads shutdown with or without data and ignores unknown message types', () => {
    expect(parseInboundMessage(raw(readCapture('08-runner-shutdown.json')))).toEqual({ ok: true, message: { type: 'shutdown' } });
    expect(parseInboundMessage(raw({ version: 2, message_type: 'shutdown' }))).toEqual({ ok: true, message: { type: 'shutdown' } });
    expect(parseInboundMessage(raw({ version: 2, message_type: 'web_setup_response', data: {} }))).toEqual({
      ok: true,
      message: { type: 'ignored', messageType: 'web_setup_response' },
    });
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['no envelope', raw({ hello: 1 }), /not a protocol message/],
    ['protocol version 1', raw({ version: 1, message_type: 'task', data: {} }), /unsupported protocol version 1/],
    ['a task without id', raw({ version: 2, message_type: 'task', data: { options: { task_category: 'background' }, input: {} } }), /task options.task_id/],
    ['an unknown task category', raw({ version: 2, message_type: 'task', data: { ...readCapture('04-platform-task-background.json').data, options: { task_id: 'T', task_category: 'nightly' } } }), /task_category/],
    ['a web task without options', raw({ version: 2, message_type: 'web_task', data: { request: null } }), /web_task options/],
  ])('refuses %s', (_, frame, error) => {
    const parsed = parseInboundMessage(frame);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
  });
});

describe('replies', () => {
  it('echo a background task exactly as Connect’s runner does', () => {
    const parsed = parseInboundMessage(raw(readCapture('04-platform-task-background.json')));
    if (!parsed.ok || parsed.message.type !== 'task') throw new Error('capture did not parse');
    const expected = readCapture('05-runner-task-reply-background.json');

    const reply = buildTaskReply(parsed.message.data, { ...expected.data.output });

    expect(reply).toEqual(expected);
    expect(JSON.stringify(reply)).toBe(JSON.stringify(expected));
  });

  it('echo an interactive task with its HTTP answer', () => {
    const parsed = parseInboundMessage(raw(readCapture('06-platform-task-interactive.json')));
    if (!parsed.ok || parsed.message.type !== 'task') throw new Error('capture did not parse');
    const expected = readCapture('07-runner-task-reply-interactive.json');

    expect(buildTaskReply(parsed.message.data, expected.data.output)).toEqual(expected);
  });

  it('pass the gateway’s validation (task, web task, shutdown)', () => {
    const parsed = parseInboundMessage(
      raw({
        version: 2,
        message_type: 'web_task',
        data: {
          options: { correlation_id: 'c', reply_to: 'r', api_key: null, installation_id: 'EIN-1', user_id: 'UR-1' },
          request: { method: 'get', url: '/hello', headers: { accept: '*/*' }, content: null },
        },
      }),
    );
    if (!parsed.ok || parsed.message.type !== 'web_task') throw new Error('web task did not parse');
    const reply = buildWebTaskReply(parsed.message.data, parsed.message.rawOptions, { status: 200, headers: { 'content-type': 'application/json' }, content: 'e30=' });

    expect(reply.data.options).toMatchObject({ correlation_id: 'c', installation_id: 'EIN-1', user_id: 'UR-1' });
    expect(reply.data.request).toEqual({ method: 'GET', url: '/hello', headers: {}, content: null });
    expect(RunnerMessage.safeParse(reply).success).toBe(true);
    expect(RunnerMessage.safeParse(SHUTDOWN_MESSAGE).success).toBe(true);
    expect(SHUTDOWN_MESSAGE).toEqual(readCapture('08-runner-shutdown.json'));
  });
});
