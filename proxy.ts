import { NextResponse, type NextRequest } from 'next/server';
import { isMalformedActionPost } from '@/lib/actions/action-post';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];
const PROTECTED = /^\/(runner|therapist|admin)(\/|$)|^\/$/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The largest request body any route or action accepts. next.config.js lets Next hand this gate a little more. */
const MAX_BODY_BYTES = 1024 * 1024;

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

/**
 * A POST to a page is a server action: with JavaScript it carries a Next-Action header, without it is a plain form
 * post (the action named inside the body). Route handlers live under /api.
 */
function isActionPost(request: NextRequest): boolean {
  return request.method === 'POST' && (request.headers.has('next-action') || !request.nextUrl.pathname.startsWith('/api/'));
}

/**
 * A request that changes something must come from a page of this site. A server action (with or without
 * JavaScript) must name our host in its Origin; any other unsafe request is refused when it names another origin
 * (route handlers also answer clients that send no Origin, such as next-auth's own CSRF-token form posts from scripts).
 */
function isForeignRequest(request: NextRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get('origin');
  if (!origin) return isActionPost(request);
  if (origin === 'null') return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

const TOO_LARGE = Symbol('too large');

/**
 * The body, counted by the bytes that arrive rather than by what the client declares: a chunked body has no
 * Content-Length and is read until it ends or passes the limit. (With a Content-Length, Node's parser reads exactly
 * that many bytes, so the header is the count.) Next hands the proxy a copy of the body; the route still gets it whole.
 */
async function readBodyWithinLimit(request: NextRequest): Promise<Uint8Array<ArrayBuffer> | typeof TOO_LARGE | null> {
  if (!request.body) return null;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_BODY_BYTES) {
      await reader.cancel();
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** 413 for a body over the limit, 400 for an action post Next could not decode, or null to go on. */
async function refuseBody(request: NextRequest): Promise<NextResponse | null> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > MAX_BODY_BYTES) return new NextResponse('Request body too large', { status: 413 });
  const actionPost = isActionPost(request);
  if (declared !== null && !actionPost) return null;
  const body = await readBodyWithinLimit(request);
  if (body === TOO_LARGE) return new NextResponse('Request body too large', { status: 413 });
  if (actionPost && body && (await isMalformedActionPost(request.headers.get('content-type'), request.headers.has('next-action'), body))) {
    return new NextResponse('Malformed server action request', { status: 400 });
  }
  return null;
}

/**
 * The first gate, never the only one: refuses cross-site posts, oversized bodies and action posts Next could not
 * decode, adds HSTS on https, and sends visitors without a session cookie to /login. Pages and actions still authorize themselves.
 */
export async function proxy(request: NextRequest) {
  if (isForeignRequest(request)) {
    return new NextResponse('Cross-origin request refused', { status: 403 });
  }
  const refused = SAFE_METHODS.has(request.method) ? null : await refuseBody(request);
  if (refused) return refused;
  const anonymous = !SESSION_COOKIES.some((name) => request.cookies.has(name));
  let response: NextResponse;
  if (anonymous && request.method === 'GET' && PROTECTED.test(request.nextUrl.pathname)) {
    const login = new URL('/login', request.url);
    login.searchParams.set('from', request.nextUrl.pathname);
    response = NextResponse.redirect(login);
  } else {
    response = NextResponse.next();
  }
  if (isHttps(request)) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

export const config = {
  // Everything but Next's static files and the favicon.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
