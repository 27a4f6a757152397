import * as http from 'node:http';

import { inject } from 'light-my-request';
import type * as restify from 'restify';

export interface InjectOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** An object is sent as JSON (with its content type); a string as it is, so tests can send garbage. */
  body?: string | object;
}

export interface InjectedResponse {
  status: number;
  headers: http.OutgoingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or null when there is none. */
  json<T = Record<string, unknown>>(): T;
}

/**
 * hono's `app.request()` for our restify server: the request is handed to the handler restify put on its own
 * http.Server, through light-my-request's fake socket, so the whole stack (routing, body limits, the adapter,
 * the bot, the tab API) runs without a port or a connection. The request inherits from http.IncomingMessage
 * because restify adds its methods (getQuery, getRoute…) to that prototype.
 */
export async function request(server: restify.Server, opts: InjectOptions): Promise<InjectedResponse> {
  const isJson = typeof opts.body === 'object';
  const res = await inject((req, response) => server.server.emit('request', req, response), {
    method: opts.method ?? (opts.body === undefined ? 'GET' : 'POST'),
    url: opts.url,
    headers: { ...(isJson ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    ...(opts.body === undefined ? {} : { payload: isJson ? JSON.stringify(opts.body) : (opts.body as string) }),
    Request: http.IncomingMessage,
  });
  return {
    status: res.statusCode,
    headers: res.headers,
    text: res.body,
    json: <T>() => (res.body ? (JSON.parse(res.body) as T) : (null as T)),
  };
}
