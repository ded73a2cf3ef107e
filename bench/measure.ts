import autocannon from 'autocannon';

export interface Measurement {
  requests: number;
  p50: number;
  p95: number;
  rps: number;
  /** Responses without the expected status and marker text, failed connections and timeouts. */
  errors: number;
}

export interface Target {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** For actions: a fresh body (unique idempotency key) and headers (rotating users) per request. */
  nextRequest?: () => { body: Buffer; headers: Record<string, string> };
  /** The status every response must have, and a text its body must hold. */
  expect: { status: number; marker: string };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/**
 * Drives one target at `connections` concurrency — `run.amount` requests, or for `run.seconds` — and reports
 * latency percentiles computed from every response.
 */
export async function measure(baseUrl: string, target: Target, connections: number, run: { amount: number } | { seconds: number }): Promise<Measurement> {
  const latencies: number[] = [];
  const started = Date.now();
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  let mismatches = 0;
  const { status, marker } = target.expect;
  const instance = autocannon(
    {
      url: `${baseUrl}${target.path}`,
      method: target.method ?? 'GET',
      headers: target.headers ?? {},
      connections,
      ...('amount' in run ? { amount: run.amount } : { duration: run.seconds }),
      timeout: 30,
      requests: [
        {
          ...(target.nextRequest
            ? {
                setupRequest: (request: autocannon.Request) => {
                  const next = target.nextRequest!();
                  return { ...request, body: next.body, headers: { ...request.headers, ...next.headers } };
                },
              }
            : {}),
          // Every response is checked, not only its status: a redirect, a 404 page or a form error is not a result.
          onResponse: (statusCode: number, body: string) => {
            if (statusCode !== status || !body.includes(marker)) mismatches++;
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client: unknown, _statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await done;
  const seconds = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p95: Math.round(percentile(latencies, 95) * 10) / 10,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    errors: mismatches + result.errors + result.timeouts,
  };
}
