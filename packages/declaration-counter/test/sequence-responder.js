// A feed whose count changes between requests, to test `refresh` against a real HTTP server
// (config/feed-responder.js answers the same body every time).
//   GET /__sequence?key=<id>&counts=40,45&etag=1   the nth request under <id> gets {"count": counts[n]}
//                                                   (the last one repeats; "x" answers 500); with etag=1
//                                                   it sends ETag "c<count>" and 304 when If-None-Match repeats it
//   GET /__sequence/seen?key=<id>                   { requests, ifNoneMatch: [...] } as received
const seen = new Map();

export function sequenceResponder() {
  return async function sequence(ctx, next) {
    if (!ctx.path.startsWith('/__sequence')) return next();
    const key = String(ctx.query.key);
    const log = seen.get(key) ?? { requests: 0, ifNoneMatch: [] };
    seen.set(key, log);
    ctx.type = 'application/json';
    if (ctx.path === '/__sequence/seen') {
      ctx.body = JSON.stringify(log);
      return;
    }
    const counts = String(ctx.query.counts ?? '40').split(',').map(Number);
    const count = counts[Math.min(log.requests, counts.length - 1)];
    log.requests += 1;
    log.ifNoneMatch.push(ctx.get('if-none-match') || null);
    ctx.set('cache-control', 'no-cache');
    if (Number.isNaN(count)) {
      ctx.status = 500;
      return;
    }
    if (ctx.query.etag) {
      const tag = `"c${count}"`;
      ctx.set('etag', tag);
      if (ctx.get('if-none-match') === tag) {
        ctx.status = 304;
        return;
      }
    }
    ctx.body = JSON.stringify({ count, title: 'the Test Declaration' });
  };
}
