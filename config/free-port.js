// A TCP port on 127.0.0.1 that nothing listens on right now: for the servers and drivers tests start
// themselves (WordPress's PHP server, WebKitWebDriver), which cannot be told to take port 0.
import { createServer } from 'node:net';

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}
