// Shared by the net tests: servers closed after each test, a client on Node's fetch, error capture.
import { afterEach, expect } from 'vitest';
import { createHttpClient, type HttpClientDeps } from '../../../main/net/http-client.ts';
import { HttpError } from '../../../main/net/http-error.ts';
import {
  startHttpTestServer,
  type Handler,
  type HttpTestServer,
} from '../../helpers/http-test-server.ts';

const servers: HttpTestServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A test server, closed after the current test. */
export async function serve(routes: Record<string, Handler>): Promise<HttpTestServer> {
  const server = await startHttpTestServer(routes);
  servers.push(server);
  return server;
}

export function makeClient(deps: Partial<HttpClientDeps> = {}) {
  return createHttpClient({ fetch: globalThis.fetch, ...deps });
}

/** The HttpError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function failureOf(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError);
    return error as HttpError;
  }
  throw new Error('expected the request to fail, but it succeeded');
}

export const text = (body: Uint8Array) => new TextDecoder().decode(body);
