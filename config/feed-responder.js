// A real HTTP responder for feed tests, mounted in @web/test-runner's dev server (and reused by
// end-to-end servers). Every fault is a query parameter on /__feed:
//   ?body=<text>      respond with this text (default: {"ok":true})
//   ?status=404       HTTP status
//   ?delay=9000       wait this many ms before answering
//   ?bytes=300000     respond with a valid JSON document of at least this many bytes
//   ?etag=v1          send ETag v1, and 304 when the request says If-None-Match: v1
//   ?drop=1           close the connection without an answer (network error)
//   ?nolength=1       stream the body without a Content-Length header
//   ?counter=<id>     count requests under <id>; GET /__feed/count?counter=<id> reads it
const counts = new Map();

export function feedResponder() {
  return async function feed(ctx, next) {
    if (!ctx.path.startsWith('/__feed')) return next();
    const q = ctx.query;
    if (ctx.path === '/__feed/count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: counts.get(q.counter) ?? 0 });
      return;
    }
    if (q.counter) counts.set(q.counter, (counts.get(q.counter) ?? 0) + 1);
    if (q.delay) await new Promise((r) => setTimeout(r, Math.min(Number(q.delay) || 0, 60_000)));
    if (q.drop) {
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    ctx.set('access-control-allow-origin', '*');
    ctx.set('cache-control', 'no-cache');
    if (q.etag) {
      ctx.set('etag', `"${q.etag}"`);
      if (ctx.get('if-none-match') === `"${q.etag}"`) {
        ctx.status = 304;
        return;
      }
    }
    ctx.status = Number(q.status) || 200;
    ctx.type = 'application/json';
    let body = typeof q.body === 'string' ? q.body : '{"ok":true}';
    if (q.bytes) body = JSON.stringify({ padding: 'x'.repeat(Math.min(Number(q.bytes), 10_000_000)) });
    if (q.nolength) {
      const { Readable } = await import('node:stream');
      ctx.body = Readable.from([body]);
    } else {
      ctx.body = body;
    }
  };
}
