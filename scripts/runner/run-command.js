// Runs one command with its output streamed through (or kept, when quiet), and tells how it ended
// and how long it took.
import { spawn } from 'node:child_process';

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, quiet?: boolean }} options
 * @returns {Promise<{ exitCode: number | null, seconds: number, cached: boolean, output: string }>}
 */
export function runCommand(cmd, args, { cwd, env, quiet = false }) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let cached = false;
    let missed = false;
    let output = '';
    const relay = (into) => (chunk) => {
      const text = chunk.toString();
      // turbo says which tasks it replayed; a suite is "cached" only when none ran afresh
      if (text.includes('cache hit, replaying')) cached = true;
      if (text.includes('cache miss, executing')) missed = true;
      if (quiet) output += text;
      else into.write(chunk);
    };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    const finish = (exitCode) => resolve({ exitCode, seconds: (performance.now() - started) / 1000, cached: cached && !missed, output });
    child.on('error', (error) => {
      process.stderr.write(`${cmd}: ${error.message}\n`);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}
