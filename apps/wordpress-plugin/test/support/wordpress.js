// A real WordPress for the tests, from Debian's packages (no Docker): a copy of /usr/share/wordpress
// in a temporary folder, its own MariaDB on a socket there, PHP's built-in server on a free port of
// 127.0.0.1. Everything is started here and stopped by stop(); nothing is installed.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from '../../../../config/free-port.js';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const INSTALL =
  'apt-get install -y --no-install-recommends wordpress mariadb-server php-cli php-mysql wordpress-theme-twentytwentythree';
const WORDPRESS = '/usr/share/wordpress';

/** A program's path, from PATH and the sbin folders (mariadbd lives in /usr/sbin). */
export function which(name) {
  const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
  return folders.map((f) => join(f, name)).find((p) => existsSync(p));
}

/** The programs the site needs; throws one clear error naming the Debian packages when any is missing. */
export function requirements() {
  const found = { php: which('php'), mariadbd: which('mariadbd'), installDb: which('mariadb-install-db'), client: which('mariadb') };
  const missing = Object.entries(found).filter(([, p]) => !p).map(([k]) => k);
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) missing.push(WORDPRESS);
  if (!existsSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree/theme.json'))) missing.push('theme twentytwentythree');
  if (missing.length) {
    throw new Error(`The WordPress tests need Debian's WordPress, MariaDB and PHP (missing: ${missing.join(', ')}). Install them with:\n  ${INSTALL}\n(.ci/run does it).`);
  }
  return found;
}


const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, check, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`WordPress test site: ${what} did not happen within ${timeout / 1000} s`);
    await sleep(150);
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

const salt = () => randomBytes(32).toString('base64');

function wpConfig({ socket, url, log }) {
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((k) => `define( '${k}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${log}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
// as on a multisite network: nobody, not even an administrator, may post unfiltered HTML
define( 'DISALLOW_UNFILTERED_HTML', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * @typedef {object} Site
 * @property {string} url        http://127.0.0.1:<port>
 * @property {string} root       the WordPress folder
 * @property {string} debugLog   WP_DEBUG_LOG's file
 * @property {(code: string, input?: unknown) => string} php  runs PHP inside WordPress (wp-load.php
 *   loaded, `$input` holding `input` decoded from JSON); returns what it prints
 * @property {() => Promise<void>} stop
 */

/** @returns {Promise<Site>} */
export async function startWordPress() {
  const bin = requirements();
  const dir = mkdtempSync(join(tmpdir(), 'scn-wordpress-'));
  const root = join(dir, 'site');
  const data = join(dir, 'db');
  const socket = join(dir, 'my.sock');
  const children = [];
  // a test run that dies still takes its servers with it
  const killAll = () => children.forEach((child) => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } });
  process.once('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    // each child leads its own process group (PHP's server forks workers): end the whole group
    const signal = (child, name) => {
      try {
        process.kill(-child.pid, name);
      } catch {
        // already gone
      }
    };
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        signal(child, 'SIGTERM');
        await Promise.race([exited, sleep(10_000)]);
        if (child.exitCode === null && child.signalCode === null) signal(child, 'SIGKILL');
      }
      signal(child, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    cpSync(WORDPRESS, root, { recursive: true, dereference: true, filter: (src) => !src.endsWith('/.htaccess') });
    run(bin.installDb, ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', '--user=root']);
    const db = spawn(
      bin.mariadbd,
      ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(dir, 'my.pid')}`, `--log-error=${join(dir, 'mariadb.log')}`],
      { stdio: 'ignore', detached: true },
    );
    children.push(db);
    await until('MariaDB accepting connections', () => spawnSync(bin.client, ['--no-defaults', '-S', socket, '-uroot', '-e', 'SELECT 1']).status === 0);
    run(bin.client, ['--no-defaults', '-S', socket, '-uroot', '-e', 'CREATE DATABASE wp CHARACTER SET utf8mb4']);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const debugLog = join(dir, 'debug.log');
    // compiled once for all the PHP the tests run inside WordPress
    const opcache = join(dir, 'opcache');
    mkdirSync(opcache);
    writeFileSync(join(root, 'wp-config.php'), wpConfig({ socket, url, log: debugLog }));
    const php = (code, input = null) =>
      run(
        bin.php,
        ['-d', 'display_errors=stderr', '-d', 'opcache.enable_cli=1', '-d', `opcache.file_cache=${opcache}`, '-r', `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; require ${JSON.stringify(join(root, 'wp-load.php'))}; $input = json_decode( (string) getenv( 'SCN_INPUT' ), true ); ${code}`],
        { cwd: root, env: { ...process.env, SCN_INPUT: JSON.stringify(input) } },
      );
    run(bin.php, [
      '-r',
      `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; define( 'WP_INSTALLING', true ); require ${JSON.stringify(join(root, 'wp-load.php'))};` +
        `require ABSPATH . 'wp-admin/includes/upgrade.php'; wp_install( 'Ville de Test', 'admin', 'admin@example.org', true, '', 'admin-password' );`,
    ], { cwd: root });

    // OPcache is off for the CLI by default; the built-in server is the CLI: compile WordPress once
    const server = spawn(bin.php, ['-d', 'opcache.enable_cli=1', '-S', `127.0.0.1:${port}`, '-t', root], {
      cwd: root,
      stdio: 'ignore',
      detached: true,
      // the block editor sends requests side by side
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(server);
    await until('PHP serving WordPress', async () => {
      try {
        return (await fetch(`${url}/wp-login.php`)).ok;
      } catch {
        return false;
      }
    });
    return { url, root, debugLog, php, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Lines of WP_DEBUG_LOG that come from the plugin (notices, warnings, deprecations, errors). */
export function pluginLogLines(site) {
  if (!existsSync(site.debugLog)) return [];
  return readFileSync(site.debugLog, 'utf8')
    .split('\n')
    .filter((line) => line.includes('strong-cities-widgets'));
}
