/**
 * The request around server code in integration tests: the headers `headers()` answers, and the cookies an action
 * sets through `cookies().set()` (tests/support/integration-setup.ts mocks next/headers with these).
 */
export interface SetCookie {
  name: string;
  value: string;
  options: Record<string, unknown>;
}

let requestHeaders = new Headers();
const setCookies: SetCookie[] = [];

/** Makes the next server calls see these request headers (none by default). */
export function setRequestHeaders(init: HeadersInit = {}): void {
  requestHeaders = new Headers(init);
}

export function currentRequestHeaders(): Headers {
  return requestHeaders;
}

export function recordSetCookie(name: string, value: string, options: Record<string, unknown> = {}): void {
  setCookies.push({ name, value, options });
}

/** Every cookie set since the last call, and forgets them. */
export function takeSetCookies(): SetCookie[] {
  return setCookies.splice(0);
}
