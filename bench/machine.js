// The machine and versions a run was measured with, so figures can be compared fairly later.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { root } from './cdn-folder.js';
import { peerVersion } from './peers.js';

const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() || undefined;

/** @param {import('playwright-core').Browser} browser */
export function describeMachine(browser) {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: { model: cpus[0]?.model.trim(), cores: cpus.length, mhz: cpus[0]?.speed },
    memory: { totalGB: Number((os.totalmem() / 2 ** 30).toFixed(1)), freeGB: Number((os.freemem() / 2 ** 30).toFixed(1)) },
    loadavg: os.loadavg().map((x) => Number(x.toFixed(2))),
    node: process.version,
    chromium: browser.version(),
    playwrightCore: peerVersion('playwright-core'),
    commit: git('rev-parse', '--short', 'HEAD'),
    // the bench's own output files from an earlier run are not changes to what is measured
    uncommittedChanges: (git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/results.json', ':!bench/RESULTS.md') ?? '').split('\n').filter(Boolean).length,
  };
}

export function versions() {
  return {
    embed: JSON.parse(readFileSync(join(root, 'packages/embed/package.json'), 'utf8')).version,
    lit: peerVersion('lit'),
    peers: {
      shareon: peerVersion('shareon'),
      shariff: peerVersion('shariff'),
      'countup.js': peerVersion('countup.js'),
      leaflet: peerVersion('leaflet'),
    },
  };
}

/** A machine is busy when its 1-minute load is above its core count. */
export const underLoad = (loadavg, cores) => loadavg[0] > cores;
