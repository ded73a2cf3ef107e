// Serves the production build (what `next start` does) and, like any proxy, appends the address the request came
// from to X-Forwarded-For, which Next itself only sets when a client did not send one. The sign-in limit per
// address reads that chain (lib/auth/client-address.ts, TRUSTED_PROXY_HOPS), so a client cannot choose its address.
import http from 'node:http';

process.env.NODE_ENV = 'production';
const port = Number(process.env.PORT ?? 3000);

// The flag lib/auth/client-address.ts reads: every X-Forwarded-For now ends with the socket's address.
globalThis[Symbol.for('stride-back.peer-address-in-x-forwarded-for')] = true;

const { default: next } = await import('next');
// Listens on every interface, as `next start` does; the hostname only builds the URLs Next uses internally.
const app = next({ dev: false, hostname: 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();

function appendPeerAddress(request) {
  const peer = request.socket.remoteAddress ?? 'unknown';
  const forwarded = request.headers['x-forwarded-for'];
  request.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${peer}` : peer;
}

const server = http.createServer((request, response) => {
  appendPeerAddress(request);
  handle(request, response);
});
server.listen(port, () => console.log(`Serving on http://localhost:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
