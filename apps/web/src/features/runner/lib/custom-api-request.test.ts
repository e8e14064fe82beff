import { describe, expect, it } from 'vitest';
import { errorOfResponse, formatResponseBody, jsonProblem, toCustomApiCall, TryCustomApiValues } from './custom-api-request.ts';

describe('TryCustomApiValues', () => {
  it('accepts an empty or JSON body and refuses anything else, saying why', () => {
    expect(TryCustomApiValues.safeParse({ params: [], query: '', body: '' }).success).toBe(true);
    expect(TryCustomApiValues.safeParse({ params: [], query: '', body: '{"a":1}' }).success).toBe(true);
    const invalid = TryCustomApiValues.safeParse({ params: [], query: '', body: '{a:1}' });
    expect(invalid.success).toBe(false);
    expect(invalid.error?.issues[0]?.message).toMatch(/^The body is not valid JSON: /);
    expect(jsonProblem('   ')).toBeNull();
  });
  it('requires every path parameter', () => {
    const result = TryCustomApiValues.safeParse({ params: [{ name: 'id', value: ' ' }], query: '', body: '' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['params', 0, 'value'], message: 'Enter a value for this path parameter' });
  });
});

describe('toCustomApiCall', () => {
  it('fills the path, drops the query’s ? and sends a body only for methods that take one', () => {
    const form = { params: [{ name: 'id', value: '42' }], query: '?name=Ada', body: '{"a":1}' };
    expect(toCustomApiCall('POST', '/items/{id}', form)).toEqual({ method: 'POST', path: '/items/42', query: 'name=Ada', body: '{"a":1}' });
    expect(toCustomApiCall('GET', '/items/{id}', form).body).toBeUndefined();
    expect(toCustomApiCall('POST', '/items/{id}', { ...form, body: ' ' }).body).toBeUndefined();
  });
});

describe('formatResponseBody', () => {
  it('indents JSON answers and leaves others as they came', () => {
    expect(formatResponseBody('{"a":1}', 'application/json; charset=utf-8')).toBe('{\n  "a": 1\n}');
    expect(formatResponseBody('{"a":1}', 'text/plain')).toBe('{"a":1}');
    expect(formatResponseBody('not json', 'application/json')).toBe('not json');
  });
});

describe('errorOfResponse', () => {
  it("reads the proxy's {error_code, errors} answers", () => {
    const body = JSON.stringify({ error_code: 'RUNNER_UNAVAILABLE', errors: ['No runner of the Development environment is connected'] });
    expect(errorOfResponse(502, body)).toMatchObject({
      status: 502,
      code: 'RUNNER_UNAVAILABLE',
      messages: ['No runner of the Development environment is connected'],
    });
  });
  it('is null for successes and other bodies', () => {
    expect(errorOfResponse(200, JSON.stringify({ error_code: 'X', errors: [] }))).toBeNull();
    expect(errorOfResponse(500, 'oops')).toBeNull();
    expect(errorOfResponse(400, '{"message":"bad"}')).toBeNull();
  });
});
