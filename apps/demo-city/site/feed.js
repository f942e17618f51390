// Feed fault endpoints for the demo and its tests, the same query language as
// config/feed-responder.js (which is written for @web/test-runner's Koa server):
//   /__feed?body=<text>&status=404&delay=9000&bytes=5000000&drop=1
export async function feed(req, res, url) {
  const q = url.searchParams;
  const delay = Math.min(Number(q.get('delay')) || 0, 60_000);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  if (q.get('drop')) return req.socket.destroy();
  let body = q.get('body') ?? '{"ok":true}';
  const bytes = Math.min(Number(q.get('bytes')) || 0, 10_000_000);
  if (bytes) body = JSON.stringify({ padding: 'x'.repeat(bytes) });
  res.writeHead(Number(q.get('status')) || 200, {
    'access-control-allow-origin': '*',
    'cache-control': 'no-cache',
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
