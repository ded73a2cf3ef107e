import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];
const PROTECTED = /^\/(runner|therapist|admin)(\/|$)|^\/$/;
const MAX_BODY_BYTES = 1024 * 1024;

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

/** A server action must come from a page of this site: its Origin must be present and name our own host. */
function isForeignActionRequest(request: NextRequest): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * The first gate, never the only one: refuses cross-site action posts and oversized bodies, adds HSTS on
 * https, and sends visitors without a session cookie to /login. Pages and actions still authorize themselves.
 */
export function proxy(request: NextRequest) {
  if (isForeignActionRequest(request)) {
    return new NextResponse('Cross-origin request refused', { status: 403 });
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return new NextResponse('Request body too large', { status: 413 });
  }
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
