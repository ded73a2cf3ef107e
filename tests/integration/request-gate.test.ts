import { createRequire } from 'node:module';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { isMalformedActionPost } from '@/lib/actions/action-post';
import { proxy } from '@/proxy';
import { encodeActionCall } from '../support/server-action-request';

const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.node.js') as { encodeReply: (value: unknown) => Promise<FormData | string> };

const ORIGIN = 'http://localhost:3100';
const ACTION_ID = '60cb6c09bf56b515400b32e8f95cc61413ab81fbc6';
const MB = 1024 * 1024;

/** A request body that arrives in 64 kB pieces without a Content-Length, as a chunked upload does. */
function chunkedBody(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const size = Math.min(64 * 1024, bytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(120));
    },
  });
}

type NextRequestInit = ConstructorParameters<typeof NextRequest>[1];

function post(path: string, init: { body?: BodyInit | ReadableStream; headers?: Record<string, string> } = {}) {
  const request: NextRequestInit & { duplex: 'half' } = { method: 'POST', body: init.body, headers: { host: 'localhost:3100', origin: ORIGIN, ...init.headers }, duplex: 'half' };
  return new NextRequest(`${ORIGIN}${path}`, request);
}

const passes = (response: Response) => response.headers.get('x-middleware-next') === '1';

async function bytesOf(body: FormData | string): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string }> {
  const response = new Response(body);
  return { body: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type')! };
}

/** The fields React renders into a useActionState form for posting without JavaScript (seen on /login). */
function noScriptForm(extra: [string, string][] = [], meta = JSON.stringify({ id: ACTION_ID, bound: '$@1' }), state = '[{"status":"idle","email":""}]'): FormData {
  const form = new FormData();
  const fields: [string, string][] = [['$ACTION_REF_1', ''], ['$ACTION_1:0', meta], ['$ACTION_1:1', state], ['$ACTION_KEY', 'k609f996d'], ['from', '/'], ...extra];
  for (const [key, value] of fields) form.append(key, value);
  return form;
}

describe('the request gate (proxy.ts): body size by the bytes that arrive', () => {
  it('refuses a chunked body over 1 MB, with no Content-Length, for a route handler and for an action, with 413', async () => {
    for (const [path, headers] of [
      ['/api/auth/callback/credentials', { 'content-type': 'application/x-www-form-urlencoded' }],
      ['/login', { 'content-type': 'multipart/form-data; boundary=x' }],
      ['/runner/log', { 'content-type': 'text/plain;charset=UTF-8', 'next-action': ACTION_ID }],
    ] as const) {
      const response = await proxy(post(path, { body: chunkedBody(2 * MB), headers }));
      expect(response.status, path).toBe(413);
    }
  });

  it('refuses a declared Content-Length over 1 MB without reading, and lets a chunked body under the limit through', async () => {
    expect((await proxy(post('/api/session/keepalive', { headers: { 'content-length': String(MB + 1) } }))).status).toBe(413);
    expect(passes(await proxy(post('/api/auth/callback/credentials', { body: chunkedBody(MB - 10), headers: { 'content-type': 'application/x-www-form-urlencoded' } })))).toBe(true);
  });
});

describe('the request gate: where action posts come from', () => {
  it('refuses an action post from another origin or an opaque one with 403, with or without JavaScript', async () => {
    for (const origin of ['https://evil.example', 'null']) {
      expect((await proxy(post('/login', { body: noScriptForm(), headers: { origin } }))).status).toBe(403);
      expect((await proxy(post('/runner', { body: '[]', headers: { origin, 'next-action': ACTION_ID } }))).status).toBe(403);
    }
  });

  it('refuses a form post to a page that names no origin, but lets route handlers answer clients without one', async () => {
    const withoutOrigin = (path: string, body: BodyInit) => new NextRequest(`${ORIGIN}${path}`, { method: 'POST', body, headers: { host: 'localhost:3100' } });
    expect((await proxy(withoutOrigin('/login', noScriptForm()))).status).toBe(403);
    expect(passes(await proxy(withoutOrigin('/api/auth/callback/credentials', 'csrfToken=x&email=a&password=b')))).toBe(true);
    expect((await proxy(post('/api/session/keepalive', { headers: { origin: 'https://evil.example' } }))).status).toBe(403);
  });
});

describe('the request gate: action posts Next could not decode are the client’s error (400), never a 500', () => {
  it('lets through what React sends: with JavaScript (text or multipart) and without', async () => {
    const calls = [
      await encodeActionCall({ email: 'runner@stride.test', password: 'stride-demo' }),
      await encodeActionCall({}),
      await encodeActionCall({ note: '$1 and $@2 are text, not references', 'list[]': ['a', 'b'], nul: 'a\u0000b', long: 'x'.repeat(200_000) }),
      await bytesOf(await encodeReply([{ status: 'ok', data: { url: '$Q1', when: new Date(0), nested: [[[{ a: 1 }]]], big: 10n } }, 'plain'])),
      await bytesOf(await encodeReply([new Map([['a', 1]]), new Set([1, 2])])),
    ];
    for (const { body, contentType } of calls) {
      expect(await isMalformedActionPost(contentType, true, new Uint8Array(body))).toBe(false);
      expect(passes(await proxy(post('/login', { body: new Uint8Array(body), headers: { 'content-type': contentType, 'next-action': ACTION_ID } })))).toBe(true);
    }
    expect(passes(await proxy(post('/login', { body: noScriptForm([['email', 'a@b.c']]) })))).toBe(true);
    const bare = new FormData();
    bare.append(`$ACTION_ID_${ACTION_ID}`, '');
    expect(passes(await proxy(post('/login', { body: bare })))).toBe(true);
  });

  it('answers 400 to broken bodies, missing parts, a root that is not an argument list, too many arguments or too deep a nesting', async () => {
    const fetchAction = (body: BodyInit, contentType = 'text/plain;charset=UTF-8') => proxy(post('/login', { body, headers: { 'content-type': contentType, 'next-action': ACTION_ID } }));
    const form = (entries: [string, string][]) => {
      const data = new FormData();
      for (const [key, value] of entries) data.append(key, value);
      return data;
    };
    for (const body of ['zzz{', '"x"', '5', '{}', '["$1"]', '["$Q1"]', '["$@5"]', JSON.stringify(Array(1001).fill(0)), '['.repeat(100) + ']'.repeat(100)]) {
      expect((await fetchAction(body)).status, body.slice(0, 20)).toBe(400);
    }
    expect((await fetchAction(form([['1', '[]']]))).status).toBe(400);
    expect((await fetchAction(form([['0', '{bad']]))).status).toBe(400);
    expect((await fetchAction(form([['0', '["$2"]'], ['2', '{bad']]))).status).toBe(400);
    expect((await fetchAction('--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]', 'multipart/form-data; boundary=x')).status).toBe(400);

    const noScript = (body: BodyInit, contentType?: string) => proxy(post('/login', { body, headers: contentType ? { 'content-type': contentType } : {} }));
    expect((await noScript('hello', 'multipart/form-data')).status).toBe(400);
    expect((await noScript(noScriptForm([], '{not json'))).status).toBe(400);
    expect((await noScript(noScriptForm([], JSON.stringify({ id: ACTION_ID, bound: 'zzz' })))).status).toBe(400);
    expect((await noScript(noScriptForm([], JSON.stringify({ bound: null })))).status).toBe(400);
    expect((await noScript(noScriptForm([], undefined, '["$@2"]'))).status).toBe(400);
    const missingBound = noScriptForm();
    missingBound.delete('$ACTION_1:1');
    expect((await noScript(missingBound)).status).toBe(400);
  });
});
