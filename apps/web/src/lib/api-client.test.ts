import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRawRequest, apiRequest, parseContentDispositionFilename, parseContentRange, setCsrfToken } from './api-client.ts';

describe('parseContentRange', () => {
  it('reads first, last and total', () => {
    expect(parseContentRange('items 0-19/245')).toEqual({ first: 0, last: 19, total: 245 });
  });
  it('reads an empty page', () => {
    expect(parseContentRange('items */0')).toMatchObject({ total: 0 });
  });
  it('ignores a missing or foreign header', () => {
    expect(parseContentRange(null)).toBeNull();
    expect(parseContentRange('bytes 0-99/1000')).toBeNull();
  });
});

describe('apiRequest', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  function stubFetch(response: Response) {
    // A body can be read once: every call gets its own copy.
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => response.clone());
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }

  it('sends the CSRF token on mutations only', async () => {
    setCsrfToken('token-1');
    const fetchMock = stubFetch(new Response('{}', { status: 200 }));
    await apiRequest('/x', { method: 'POST', body: { a: 1 } });
    await apiRequest('/x');
    const postHeaders = fetchMock.mock.calls[0]?.[1]?.headers as Record<string, string>;
    const getHeaders = fetchMock.mock.calls[1]?.[1]?.headers as Record<string, string>;
    expect(postHeaders['x-csrf-token']).toBe('token-1');
    expect(getHeaders['x-csrf-token']).toBeUndefined();
  });

  it("turns {error_code, errors} into an ApiError with the server's messages", async () => {
    stubFetch(
      new Response(JSON.stringify({ error_code: 'ENVIRONMENT_ACTIVE', errors: ['The Development environment is connected'] }), {
        status: 409,
      }),
    );
    const error = await apiRequest('/x', { method: 'DELETE' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'ENVIRONMENT_ACTIVE', messages: ['The Development environment is connected'] });
  });

  it('returns the Content-Range with the body', async () => {
    stubFetch(new Response('[]', { status: 200, headers: { 'Content-Range': 'items 0-0/0' } }));
    await expect(apiRequest('/x')).resolves.toEqual({ data: [], range: { first: 0, last: 0, total: 0 } });
  });
});

describe('raw bodies', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends a Blob as-is with the given content type', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const file = new Blob([new Uint8Array([80, 75, 3, 4])]);
    await apiRequest('/upload', { method: 'POST', body: file, contentType: 'application/vnd.ms-excel' });
    const init = fetchMock.mock.calls[0]?.[1];
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/vnd.ms-excel');
    expect(init?.body).toBe(file);
  });
});

describe('apiRawRequest', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('returns failed answers with their status, headers and body instead of throwing', async () => {
    const body = JSON.stringify({ error_code: 'RUNNER_TIMEOUT', errors: ['The extension did not answer within 30 s'] });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status: 504, headers: { 'content-type': 'application/json' } })));
    await expect(apiRawRequest('/api/slow', { method: 'GET' })).resolves.toEqual({
      status: 504,
      statusText: '',
      headers: [['content-type', 'application/json']],
      body,
    });
  });

  it('sends the body as-is, with the CSRF token on anything but reads', async () => {
    setCsrfToken('token-2');
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await apiRawRequest('/api/echo', { method: 'patch', query: 'a=1', body: '{"a":1}' });
    await apiRawRequest('/api/hello', { method: 'GET' });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/echo?a=1');
    expect(init).toMatchObject({ method: 'PATCH', body: '{"a":1}', headers: { 'Content-Type': 'application/json', 'x-csrf-token': 'token-2' } });
    expect(fetchMock.mock.calls[1]?.[1]?.headers).toEqual({});
  });

  it('throws a network error when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(apiRawRequest('/api/x', { method: 'GET' })).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});

describe('parseContentDispositionFilename', () => {
  it.each([
    ['attachment; filename="variables ENV-1.xlsx"', 'variables ENV-1.xlsx'],
    ['attachment; filename=plain.xlsx', 'plain.xlsx'],
    ["attachment; filename=\"fallback.xlsx\"; filename*=UTF-8''n%C3%A4me.xlsx", 'näme.xlsx'],
  ])('reads %s', (header, expected) => {
    expect(parseContentDispositionFilename(header)).toBe(expected);
  });
  it('answers null without a filename', () => {
    expect(parseContentDispositionFilename('attachment')).toBeNull();
    expect(parseContentDispositionFilename(null)).toBeNull();
  });
});
