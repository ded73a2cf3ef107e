import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** Optimistic only: sends visitors without a session cookie to /login. Every page and action still authorizes itself. */
export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('from', request.nextUrl.pathname);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/', '/runner/:path*', '/therapist/:path*', '/admin/:path*'],
};
