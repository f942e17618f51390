// Measures the CDN folder against bench/budgets.js: one row per budget (per locale for locales),
// with the files it covers, their gzip bytes and whether the budget holds.
import { budgets, formatBytes } from './budgets.js';
import { describeCdnFolder, distDir } from './cdn-folder.js';

/**
 * @typedef {object} BudgetRow
 * @property {string} id
 * @property {string} label
 * @property {string[]} files
 * @property {number} gzip     measured gzip bytes (sum of files)
 * @property {number} brotli
 * @property {number} budget   gzip bytes allowed
 * @property {boolean} ok
 */

/** @returns {{ rows: BudgetRow[], folder: ReturnType<typeof describeCdnFolder> }} */
export function checkBudgets(dir = distDir) {
  const folder = describeCdnFolder(dir);
  const size = new Map(folder.files.map((f) => [f.file, f]));
  const row = (b, id, label, files) => {
    const gzip = files.reduce((t, f) => t + (size.get(f)?.gzip ?? 0), 0);
    const brotli = files.reduce((t, f) => t + (size.get(f)?.brotli ?? 0), 0);
    return { id, label, files, gzip, brotli, budget: b.gzip, ok: files.length > 0 && gzip <= b.gzip };
  };
  const rows = budgets.flatMap((b) => {
    switch (b.kind) {
      case 'loader': return [row(b, b.id, b.label, folder.loader ? [folder.loader] : [])];
      case 'classic': return [row(b, b.id, b.label, folder.classic ? [folder.classic] : [])];
      case 'stylesheet':
      case 'snippet': return [row(b, b.id, b.label, folder.files.some((f) => f.file === b.id) ? [b.id] : [])];
      case 'frame': return [row(b, b.id, b.label, folder.frame.filter((f) => f === b.id))];
      case 'runtime': return [row(b, b.id, b.label, folder.runtime)];
      case 'shared': return [row(b, b.id, b.label, folder.shared[b.id] ?? [])];
      case 'widget': return [row(b, b.id, b.label, folder.widgets[b.widget ?? ''] ?? [])];
      case 'on-demand': return [row(b, b.id, b.label, folder.onDemand[b.widget ?? ''] ?? [])];
      case 'locale':
        return Object.entries(folder.locales).map(([l, f]) => row(b, `locale-${l}`, `locale ${l}`, [f]));
      default: return [];
    }
  });
  return { rows, folder };
}

/** "share bar: 4,027 B (4.03 kB) gzip, budget 4,000 B (4.00 kB) — over by 27 B [share-bar-….js]" */
export function describeRow(r) {
  const verdict = r.ok ? 'within budget' : `OVER by ${(r.gzip - r.budget).toLocaleString('en')} B`;
  return `${r.label}: ${formatBytes(r.gzip)} gzip, budget ${formatBytes(r.budget)}: ${verdict} [${r.files.join(', ') || 'no file found'}]`;
}
