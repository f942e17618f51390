#!/usr/bin/env node
// `npm start`: Storybook (the design review surface), the demo partner site and the embed builder,
// side by side.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };
const children = [];

function start(name, cmd, args) {
  const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit' });
  child.on('exit', (code) => {
    console.log(`[start] ${name} exited (${code}); stopping the rest`);
    for (const c of children) c.kill('SIGTERM');
    process.exit(code ?? 0);
  });
  children.push(child);
}

start('storybook', `${root}node_modules/.bin/storybook`, ['dev', '-p', '6006', '--host', 'localhost', '--disable-telemetry', '--no-open', '--ci']);
const demo = `${root}apps/demo-city/server.js`;
if (existsSync(demo)) start('demo-city', process.execPath, [demo]);
const builder = `${root}apps/embed-builder/server.js`;
if (existsSync(builder)) start('embed-builder', process.execPath, [builder]);
setTimeout(() => {
  console.log('\n  Storybook:         http://localhost:6006/');
  if (existsSync(demo)) console.log('  Demo partner site: http://localhost:8080/en/  (stress pages: /stress/; CDN folder on http://127.0.0.1:8081/)');
  if (existsSync(builder)) console.log('  Embed builder:     http://localhost:8090/  (previews from the local build on http://127.0.0.1:8091/)');
}, 4000);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const c of children) c.kill('SIGTERM');
    process.exit(0);
  });
}
