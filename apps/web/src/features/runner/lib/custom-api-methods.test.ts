import { describe, expect, it } from 'vitest';
import { customApiEndpoint, fillPathParams, hasRequestBody, listCustomApiMethods, pathParamNames } from './custom-api-methods.ts';

describe('listCustomApiMethods', () => {
  it('lists the methods of the runner’s OpenAPI description, in path order', () => {
    const spec = {
      openapi: '3.0.3',
      info: { title: 'Sample', version: '0.1.0' },
      paths: {
        '/hello': { get: { summary: 'Say hello', description: 'Greets the caller.', parameters: [] } },
        '/items/{id}': {
          parameters: [],
          get: { summary: 'GET /items/:id', parameters: [{ name: 'id', in: 'path' }] },
          delete: { summary: '  ' },
        },
      },
    };
    expect(listCustomApiMethods(spec)).toEqual([
      { id: 'GET /hello', method: 'GET', path: '/hello', summary: 'Say hello', description: 'Greets the caller.', pathParams: [] },
      // The runner's filler summary (`METHOD path`) and blank texts read as none.
      { id: 'GET /items/{id}', method: 'GET', path: '/items/{id}', summary: null, description: null, pathParams: ['id'] },
      { id: 'DELETE /items/{id}', method: 'DELETE', path: '/items/{id}', summary: null, description: null, pathParams: ['id'] },
    ]);
  });
  it('reads anything that is not an OpenAPI document as no methods', () => {
    expect(listCustomApiMethods(null)).toEqual([]);
    expect(listCustomApiMethods('<html>')).toEqual([]);
    expect(listCustomApiMethods({ openapi: '3.0.3', paths: {} })).toEqual([]);
    expect(listCustomApiMethods({ paths: { '/x': null, '/y': { head: {} } } })).toEqual([]);
  });
});

describe('path templates', () => {
  it('reads {name} and :name parameters', () => {
    expect(pathParamNames('/items/{id}/notes/:note')).toEqual(['id', 'note']);
    expect(pathParamNames('/hello')).toEqual([]);
  });
  it('fills parameters in, each as one encoded segment', () => {
    expect(fillPathParams('/items/{id}/notes/:note', { id: 'a/b', note: 'x y' })).toBe('/items/a%2Fb/notes/x%20y');
  });
});

describe('customApiEndpoint', () => {
  it('is the environment’s API root on this origin, then the method’s path', () => {
    expect(customApiEndpoint('http://127.0.0.1:3000', 'SRVC-1234-5678', 'ENV-1234-5678-01', '/hello')).toBe(
      'http://127.0.0.1:3000/public/v1/devops/services/SRVC-1234-5678/environments/ENV-1234-5678-01/api/hello',
    );
  });
});

describe('hasRequestBody', () => {
  it('is true for POST, PUT and PATCH', () => {
    expect(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter(hasRequestBody)).toEqual(['POST', 'PUT', 'PATCH']);
  });
});
