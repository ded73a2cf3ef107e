import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { cookieHeader, type Cookies } from './http';

export interface RouteJs {
  route: string;
  scripts: number;
  gzipKb: number;
}

/**
 * The JavaScript a route makes Chromium download, gzip-compressed, as a user's browser would receive it: every
 * script of the page's load, and those it loads lazily after (charts), until the network is quiet.
 */
export async function jsPerRoute(baseUrl: string, routes: { route: string; path: string; cookies: Cookies | null }[], executablePath?: string): Promise<RouteJs[]> {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const results: RouteJs[] = [];
  try {
    for (const { route, path, cookies } of routes) {
      const context = await browser.newContext({ extraHTTPHeaders: cookies ? { Cookie: cookieHeader(cookies) } : {} });
      const page = await context.newPage();
      const bodies = new Map<string, Promise<Buffer>>();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script' && !bodies.has(response.url())) bodies.set(response.url(), response.body());
      });
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      if (response?.status() !== 200 || new URL(page.url()).pathname !== path) {
        throw new Error(`${route}: ${path} answered ${response?.status()} at ${page.url()}, not the page itself`);
      }
      // Pages poll nothing, but a long-lived request would keep the network busy: then measure what loaded so far.
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
      const sizes = await Promise.all([...bodies.values()].map(async (body) => gzipSync(await body).length));
      results.push({ route, scripts: sizes.length, gzipKb: Math.round(sizes.reduce((a, b) => a + b, 0) / 102.4) / 10 });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
