import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, parseContentDispositionFilename, parseContentRange, setCsrfToken } from './api-client.ts';

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
