// Map tiles for the Leaflet peer, answered by the bench's own server so that nothing leaves the
// machine and their weight counts (issue 18): real 256×256 PNGs of about 15–25 kB each, about what a
// street map's tiles weigh, noisy enough that compression cannot shrink them below that.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 256;
const MIN = 15_000;
const MAX = 25_000;

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A grey-scale PNG: a gradient with `noisy` of its rows carrying 2 bits of noise, the rest 1. */
function png(seed, noisy) {
  let state = seed >>> 0 || 1;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) >>> 24);
  const rows = Buffer.alloc(SIZE * (SIZE + 1));
  for (let y = 0; y < SIZE; y++) {
    const mask = y / SIZE < noisy ? 3 : 1;
    rows[y * (SIZE + 1)] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) rows[y * (SIZE + 1) + 1 + x] = 180 + ((x + y) >> 4) + (random() & mask);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grey-scale
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Writes every tile of zoom levels 0–3 into `dir` as {z}/{x}/{y}.png; returns how many. */
export function writeTiles(dir) {
  let n = 0;
  for (let z = 0; z <= 3; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      mkdirSync(join(dir, String(z), String(x)), { recursive: true });
      for (let y = 0; y < 2 ** z; y++) {
        const seed = z * 10_000 + x * 100 + y + 1;
        const target = MIN + ((seed * 2654435761) >>> 0) % (MAX - MIN);
        let tile = png(seed, 0);
        for (let noisy = 0.02; tile.length < target && noisy <= 1; noisy += 0.02) tile = png(seed, noisy);
        writeFileSync(join(dir, String(z), String(x), `${y}.png`), tile);
        n += 1;
      }
    }
  }
  return n;
}
