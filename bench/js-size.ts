import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { cookieHeader, type Cookies } from './http';

export interface RouteJs {
  route: string;
  scripts: number;
  gzipKb: number;
}

/** The JavaScript a route makes Chromium download, gzip-compressed, as a user's browser would receive it. */
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
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      // Scripts loaded after the load event (lazy chunks such as charts) count too.
      await page.waitForTimeout(1500);
      const sizes = await Promise.all([...bodies.values()].map(async (body) => gzipSync(await body).length));
      results.push({ route, scripts: sizes.length, gzipKb: Math.round(sizes.reduce((a, b) => a + b, 0) / 102.4) / 10 });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
