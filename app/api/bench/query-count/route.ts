import { NextResponse, type NextRequest } from 'next/server';
import { queriesSoFar } from '@/db';

/** Only the benchmark's own server has a token; everywhere else this route does not exist. */
function authorizeBenchRequest(request: NextRequest): boolean {
  const token = process.env.STRIDE_BENCH_TOKEN;
  return Boolean(token && token.length >= 16 && request.headers.get('x-bench-token') === token);
}

/** How many SQL statements this server has sent so far (the benchmark reads it around one request). */
export function GET(request: NextRequest) {
  if (!authorizeBenchRequest(request)) return new NextResponse(null, { status: 404 });
  return NextResponse.json({ queries: queriesSoFar() }, { headers: { 'Cache-Control': 'no-store' } });
}
