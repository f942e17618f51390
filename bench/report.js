// The printed table and bench/RESULTS.md, both from results.json's shape.
import { MOBILE } from './mobile-profile.js';

const n = (x) => (x === undefined || x === null ? '—' : typeof x === 'number' ? x.toLocaleString('en') : String(x));
const kb = (x) => (x === undefined ? '—' : `${(x / 1000).toFixed(2)} kB`);
const ms = (x) => (x === undefined ? '—' : `${n(Math.round(x))} ms`);
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

const GROUPS = [
  ['Share bar', ['ours-share-1', 'shareon-share-1', 'shariff-share-1']],
  ['Declaration counter', ['ours-counter-1', 'countup-counter-1']],
  ['Event map', ['ours-map-1', 'leaflet-map-1']],
  ['All five widgets', ['ours-all-5', 'ours-all-5-ar', 'peers-all-5']],
  ['Article page (share bar, toggle, CTA)', ['ours-article', 'ours-article-ar', 'peers-article']],
  ['Events page (map, counter, toggle)', ['ours-events', 'ours-events-ar', 'peers-events']],
];

/** Issue 18's per-page figures: time, the longest request chain, bytes, long tasks, TBT, CLS. */
function issue18Rows(pages, ids, ratioOf = () => undefined) {
  return ids.map((id) => {
    const p = pages[id];
    const ratio = ratioOf(id);
    return [
      `${p?.title ?? id}${p && !p.renderedEveryRun ? ' ⚠ not all rendered' : ''}`,
      ms(p?.timeMs.median), ratio ? `**${n(ratio.median)}** (${ratio.range?.join('–') ?? '—'})` : '—',
      n(p?.chain?.median), kb(p?.transfer?.total.gzip), n(p?.longTasks?.median), p?.longTasks?.longestMs ? ms(p.longTasks.longestMs) : '—', ms(p?.tbtMs?.median), n(p?.cls.median),
    ];
  });
}
const ISSUE18_HEAD = ['page', 'widgets rendered (median)', 'ratio ours ÷ peer (median, range)', 'longest request chain after the HTML', 'bytes gzip', 'long tasks > 50 ms (median)', 'longest task', 'TBT (median)', 'CLS'];

function pageRow(id, p) {
  const t = p?.transfer;
  const other = ['font', 'image', 'other'].reduce((s, k) => s + (t?.byKind[k]?.gzip ?? 0), 0);
  return [
    `${p?.title ?? id}${p && !p.renderedEveryRun ? ' ⚠ not all rendered' : ''}`,
    kb(t?.byKind.js?.gzip ?? 0), kb(t?.byKind.css?.gzip ?? 0), kb(other),
    `**${kb(t?.total.gzip)}**`, kb(t?.total.brotli), kb(t?.total.raw),
    n(t?.requests), n(t?.tileRequests), n(p?.cls.median), ms(p?.timeMs.median),
  ];
}

/**
 * What the chosen stack costs before any code of ours, from the runtime's breakdown: the floor
 * under every byte target, so a target below it reads as what it is.
 */
function stackFloor(r) {
  const runtime = r.breakdown?.find((c) => /^runtime-[\w-]{8}\.js$/.test(c.chunk));
  const loader = r.cdn.find((f) => f.file === 'loader.js')?.gzip;
  if (!runtime || loader === undefined) return [];
  const share = (test) => Math.round(runtime.modules.filter((m) => test.test(m.id)).reduce((t, m) => t + m.gzipShare, 0));
  const lit = share(/^(lit-html|lit-element|@lit\/reactive-element)\//);
  const localize = share(/^@lit\/localize\//);
  const floor = loader + lit + localize;
  const byteTargets = r.targets.filter((t) => t.unit === 'B' && t.kind !== 'heap' && t.limit !== undefined);
  return [
    '### The floor the stack sets', '',
    `Every page of ours loads loader.js (${n(loader)} B) and the shared runtime (${n(runtime.gzip)} B gzip), in which Lit is about ${n(lit)} B and @lit/localize about ${n(localize)} B (estimated shares, see below): **${kb(floor)}** before any code of ours: tokens, core, a widget. ` +
      byteTargets.map((t) => `"${t.target}" allows ${kb(t.limit)}, ${t.limit > floor ? `${kb(t.limit - floor)} above that floor` : `${kb(floor - t.limit)} less than the floor`}.`).join(' '),
    '',
  ];
}

/**
 * The time a page of ours cannot beat, from the same run: its peer's time, plus a round trip for
 * each extra request in its longest chain, plus its extra bytes at the profile's throughput (both
 * before any script runs). Compared with 0.9 × the peer's time, it says whether scripts could ever
 * close the gap.
 */
function floorNote(a, b) {
  const peer = b?.timeMs?.median;
  const trips = (a?.chain?.median ?? 0) - (b?.chain?.median ?? 0);
  const bytes = (a?.transfer?.total.gzip ?? 0) - (b?.transfer?.total.gzip ?? 0);
  if (peer === undefined || trips < 0) return '';
  const floor = peer + trips * MOBILE.latency + Math.max(0, bytes) / (MOBILE.downloadThroughput / 1000);
  return ` Its floor, before any script runs: the peer's ${ms(peer)} + ${n(trips)} round trip(s) (${ms(trips * MOBILE.latency)}) + ${kb(Math.max(0, bytes))} more at ${n(MOBILE.downloadThroughput / 1000)} B a millisecond (${ms(Math.max(0, bytes) / (MOBILE.downloadThroughput / 1000))}) = ${ms(floor)}, ${(floor / peer).toFixed(2)}× the peer (measured: ${ms(a?.timeMs?.median)}); 0.9× would be ${ms(0.9 * peer)}.`;
}

/** Issue 18 asks, where a target is missed, what the bytes or milliseconds are: from this run. */
function whyMissed(r) {
  const out = [];
  const share = r.pages['ours-share-1']?.transfer;
  if (share && share.total.gzip > 12_000) {
    const files = share.files.map((f) => `${f.path.split('/').pop()} ${n(f.gzip)} B`).join(' + ');
    out.push(`- **Share bar page, ${kb(share.total.gzip)} against 12.0 kB**: ${files}. Meeting it means ${n(share.total.gzip - 12_000)} B fewer on every page; the floor above (loader, Lit, @lit/localize) leaves the share bar, core and the tokens' host CSS little room, and the loader now carries its preload table (the price of 2 round trips instead of 4–5).`);
  }
  for (const x of r.mobile?.pairs ?? []) {
    if (x.ratio.median === undefined || x.ratio.median <= 0.9) continue;
    const a = r.mobile.pages[x.ours];
    const b = r.mobile.pages[x.peer];
    out.push(`- **${a?.title ?? x.ours} on the mobile profile, ${n(x.ratio.median)}× ${b?.title ?? x.peer}**: request chain ${n(a?.chain?.median)} against ${n(b?.chain?.median)} (a round trip is 150 ms), ${kb(a?.transfer?.total.gzip)} against ${kb(b?.transfer?.total.gzip)} (1.6 Mbps moves about 200 B a millisecond), total blocking time ${ms(a?.tbtMs?.median)} against ${ms(b?.tbtMs?.median)} (the CPU 4× slower: parsing and running Lit, the widgets' first render).${floorNote(a, b)}`);
  }
  const heap = r.heap.oursSharePer1000;
  if (heap !== undefined && heap > 2_500_000) {
    out.push(`- **Heap per 1,000 share bars, every bar rendered, ${kb(heap)} against 2,500 kB** (as loaded ${kb(r.heap.oursSharePer1000Loaded)}; shareon ${kb(r.heap.shareonPer1000)}, whose links are the page's own HTML): a rendered bar is a custom element with its own shadow root, Lit's template instance and parts, and a link with an icon per network (eight by default) — about ${kb(heap / 1000)} each once built. Bars render only when they come near the viewport, so a page holds that only for the bars a visitor has scrolled past.`);
  }
  const stress = r.pages['ours-share-1000-counter-100'];
  if (stress && ((stress.viewportAfterRuntimeMs?.median ?? Infinity) > 300 || stress.longTasks?.median)) {
    out.push(`- **1,000 bars + 100 counters**: the first viewport showed ${ms(stress.viewportAfterRuntimeMs?.median)} after the runtime arrived, with ${n(stress.longTasks?.median)} long tasks (the longest ${ms(stress.longTasks?.longestMs)}). First renders wait for the viewport and run in slices of at most about 30 ms, and the browser upgrades all 1,000 share bars in about 11 ms when the loader defines the tag. loader.js keeps out of the task in which parsing ends (where the browser styles and lays out all 1,109 tags) and readies Intl only once a counter is near; the long tasks left come in some loads, after the widgets are defined, while the first viewport renders (bench/ANALYSIS.md).`);
  }
  return out.length ? ['### Why the targets missed here are missed', '', ...out, ''] : [];
}

export function resultsMarkdown(r) {
  const m = r.machine;
  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push(`Measured ${m.date} by \`npm run bench\` (bench/run.js) at commit ${m.commit}${m.uncommittedChanges ? ` with ${m.uncommittedChanges} uncommitted changes in the checkout` : ''}; medians of ${r.runs.done} runs per page${r.runs.full ? '' : ' — **not a full run (fewer than 10 runs)**'}. Raw figures: bench/results.json.`, '');
  if (m.underLoad) {
    lines.push(`> **Measured under load.** The machine's load average was ${m.loadavg.join(' / ')} at the start and ${m.loadavgAfter.join(' / ')} at the end (1/5/15 min) on ${m.cpu.cores} cores: other jobs shared the CPU, so times and heap are noisier and slower than on an idle machine. Bytes are exact regardless; ratios (ours ÷ shareon, measured in the same round) are the fairest timing figures here.`, '');
  } else {
    lines.push(`The machine was idle when the run began (load average ${m.loadavg.join(' / ')}, 1/5/15 min, on ${m.cpu.cores} cores); ${m.loadavgAfter.join(' / ')} at the end is the bench's own browser at work.`, '');
  }
  lines.push('## Targets (issues 8 and 18)', '');
  lines.push(table(['target', 'measured', 'limit', 'met'], r.targets.map((t) => [
    t.target,
    t.unit === 'B' ? kb(t.measured) : t.unit === 'ms' ? ms(t.measured) : n(t.measured),
    t.unit === 'B' ? kb(t.limit) : t.unit === 'ms' ? ms(t.limit) : n(t.limit),
    t.met ? '✅ yes' : '❌ no',
  ])), '');

  lines.push(...stackFloor(r));
  lines.push(...whyMissed(r));

  lines.push('## Size budgets (gzip, checked by `npm test`: bench/budgets.test.js)', '');
  lines.push(table(['budget', 'files', 'gzip', 'brotli', 'budget', 'met'], r.budgets.map((b) => [
    b.label, b.files.join(', ') || '—', kb(b.gzip), kb(b.brotli), kb(b.budget), b.ok ? '✅' : `❌ over by ${n(b.gzip - b.budget)} B`,
  ])), '');

  if (r.breakdown?.length) {
    lines.push('## Where the bytes are: the runtime and every chunk over budget', '');
    lines.push('From a rebuild of the embed\'s two builds in memory (`node bench/breakdown.js [chunk]` prints it in full): each module minified on its own, and its estimated share of the chunk\'s gzip bytes (gzip does not split by module; a guide). Modules under 1% are left out.', '');
    for (const c of r.breakdown) {
      lines.push(`### ${c.chunk}: ${n(c.gzip)} B gzip${c.error ? ` (${c.error})` : ''}`, '');
      const shown = c.modules.filter((m) => m.gzipShare >= c.gzip / 100);
      if (shown.length) lines.push(table(['module', 'minified', '~gzip share'], shown.map((m) => [m.id, n(m.bytes), n(m.gzipShare)])), '');
    }
  }

  lines.push('## The CDN folder (packages/embed/dist)', '');
  lines.push(table(['file', 'what', 'bytes', 'gzip', 'brotli'], r.cdn.map((f) => [f.file, f.role, n(f.bytes), n(f.gzip), n(f.brotli)])), '');

  lines.push('## Bytes before interaction, ours and peers', '');
  lines.push('Every response a page fetched before any interaction, the page\'s own HTML excepted, counted as a CDN would send it (gzip -9 and brotli q11 of the file, raw for reference). Tile requests are Leaflet\'s map tiles, answered by the bench\'s own server with 15–25 kB PNGs (bench/tiles.js): counted, with their bytes among the images, never fetched from the internet.', '');
  const head = ['page', 'JS gzip', 'CSS gzip', 'fonts/images gzip', 'total gzip', 'total brotli', 'total raw', 'requests', 'tile requests', 'CLS (median)', 'rendered at (median)'];
  for (const [label, ids] of GROUPS) {
    lines.push(`### ${label}`, '', table(head, ids.map((id) => pageRow(id, r.pages[id]))), '');
  }

  if (r.mobile) {
    const ids = [...new Set(r.mobile.pairs.flatMap((x) => [x.ours, x.peer]))];
    const ratioOf = (id) => r.mobile.pairs.find((x) => x.ours === id)?.ratio;
    lines.push('## On a phone network: the mobile profile (issue 18)', '');
    lines.push(`Profile: ${r.mobile.profile}. Each round loads every page once, in a fresh context, ours and the peers' alternating which goes first; ratios are per round, then their median (target: ≤ 0.9). "Longest request chain": the most requests in a row after the HTML, each started by the one before it (CDP initiators: the document, a script, a preload). TBT here: the sum over long tasks of their time over 50 ms, from navigation until the page settled.`, '');
    lines.push(table(ISSUE18_HEAD, issue18Rows(r.mobile.pages, ids, ratioOf)), '');
    const toMarkers = r.mobile.pairs.filter((x) => x.ratioToMarkers);
    if (toMarkers.length) {
      lines.push(`A Leaflet peer counts as rendered when its markers have shown and the tiles in view have loaded (Leaflet's \`load\` event), as ours does when its land and events are drawn: before its tiles, a Leaflet map is pins on a grey box. Against its markers alone, ratio ours ÷ peer (median): ${toMarkers.map((x) => `${r.mobile.pages[x.ours]?.title ?? x.ours} ${n(x.ratioToMarkers.median)}`).join('; ')}.`, '');
    }
  }
  lines.push('## Issue 18\'s pages without throttling (127.0.0.1)', '');
  lines.push(table(ISSUE18_HEAD, issue18Rows(r.pages, GROUPS.slice(-3).flatMap(([, ids]) => ids).filter((id) => r.pages[id]))), '');

  lines.push('## Time from navigation to every widget rendered: share bars, ours vs shareon', '');
  lines.push('Each round loads both pages back to back (order swapped every round); the ratio is taken per pair, then its median. "Rendered": an instance has its content (our shadow roots hold their render; shareon\'s links have their `href`). Our widgets render when they come within a viewport of the visible area: "first viewport" is when every bar the visitor sees first shows; "every bar" is when all have rendered, the probe scrolling through our page a viewport per frame (shareon renders all at once, unscrolled), then one frame.', '');
  lines.push(table(['share bars', 'first viewport: ours', 'shareon', 'ratio (median)', 'ratio range', 'every bar: ours', 'shareon', 'ratio (median)', 'ratio range', 'pairs'], r.render.map((x) => [
    n(x.widgets), ms(x.oursViewportMs), ms(x.shareonViewportMs), `**${n(x.viewportRatio?.median)}**`, x.viewportRatio?.range ? `${x.viewportRatio.range[0]}–${x.viewportRatio.range[1]}` : '—',
    ms(x.oursMs), ms(x.shareonMs), `**${n(x.ratio.median)}**`, x.ratio.range ? `${x.ratio.range[0]}–${x.ratio.range[1]}` : '—', n(x.ratio.pairs),
  ])), '');
  const s = r.pages['ours-share-1000-counter-100'];
  lines.push('## 1,000 share bars + 100 counters on one page', '');
  lines.push(`The widgets in the first viewport rendered **${ms(s?.viewportAfterRuntimeMs?.median)}** after the runtime chunk arrived (target ≤ 300 ms), ${ms(s?.viewportMs?.median)} after navigation; long tasks over 50 ms while loading: **${n(s?.longTasks?.median)}** (median), the longest ${ms(s?.longTasks?.longestMs)}; TBT ${ms(s?.tbtMs?.median)}; while scrolling through: ${n(s?.scrollLongTasks?.median)} (median), the longest ${ms(s?.scrollLongTasks?.longestMs)}. Every instance rendered, scrolling through the page a viewport per frame, **${ms(s?.timeMs.median)}** after navigation (median; range ${s?.timeMs.range ? s.timeMs.range.map(ms).join('–') : '—'}), the scroll itself taking ${ms(s?.scrollMs?.median)}; every instance rendered in every run: ${s?.renderedEveryRun ? 'yes' : 'no'}; widgets whose height changed as they rendered (worst run): ${n(s?.moved?.max)}; CLS ${n(s?.cls.median)}. JS heap ${kb(s?.heapLoadedBytes?.median)} as loaded, ${kb(s?.heapBytes.median)} with every widget rendered.`, '');

  lines.push('## JS heap per 1,000 widgets', '');
  lines.push(table(['widget', 'heap per 1,000'], [
    ['scn-share-bar, as loaded (those near the viewport rendered)', kb(r.heap.oursSharePer1000Loaded)],
    ['scn-share-bar, every bar rendered (scrolled through)', kb(r.heap.oursSharePer1000)],
    ['shareon (links in the page\'s HTML)', kb(r.heap.shareonPer1000)],
    ['scn-share-bar and scn-declaration-counter, 10 : 1 (the 1,100-widget page), as loaded', kb(r.heap.mixedPer1000Loaded)],
    ['scn-share-bar and scn-declaration-counter, 10 : 1 (the 1,100-widget page), every widget rendered', kb(r.heap.mixedPer1000)],
    ...Object.entries(r.heap.perType ?? {}).filter(([short]) => short !== 'share').map(([short, v]) => [`${short} (each type on a page of its own)`, kb(v)]),
  ]), '', `Method: ${r.heap.method}.`, '');

  lines.push('## Cumulative layout shift', '');
  lines.push(table(['page', 'CLS median', 'CLS max'], Object.entries(r.pages).map(([id, p]) => [p.title ?? id, n(p.cls.median), n(p.cls.max)])), '');

  const problems = Object.entries(r.pages).filter(([, p]) => p.failure || p.errors.length || p.transfer?.foreignRequests.length || p.transfer?.failedRequests.length);
  if (problems.length) {
    lines.push('## Problems seen during the run', '');
    for (const [id, p] of problems) {
      const what = [p.failure && `failed run: ${p.failure}`, ...p.errors, ...(p.transfer?.foreignRequests ?? []).map((u) => `request off 127.0.0.1 (blocked): ${u}`), ...(p.transfer?.failedRequests ?? []).map((u) => `failed request: ${u}`)].filter(Boolean);
      lines.push(`- ${id}: ${what.join('; ')}`);
    }
    lines.push('');
  }

  lines.push('## Machine and versions', '');
  lines.push(table(['', ''], [
    ['CPU', `${m.cpu.model} × ${m.cpu.cores}`],
    ['memory', `${m.memory.totalGB} GB (${m.memory.freeGB} GB free at start)`],
    ['load average (1/5/15 min)', `${m.loadavg.join(' / ')} at start, ${m.loadavgAfter.join(' / ')} at end`],
    ['OS', m.os], ['Node', m.node], ['Chromium', m.chromium], ['playwright-core', m.playwrightCore],
    ['embed', r.versions.embed], ['lit', r.versions.lit],
    ...Object.entries(r.versions.peers).map(([k, v]) => [k, v]),
    ['run time', `${m.durationS} s`],
  ]), '');
  lines.push('## How it is measured', '');
  lines.push([
    '- `npm run bench` builds (turbo), copies packages/embed/dist and the peers\' files into bench/.work/site, and serves it with config/static-server.js on 127.0.0.1 (port 0). Chromium cannot reach anything else: host names do not resolve and other traffic goes to a closed local proxy port.',
    '- Each page load uses a fresh browser context (empty cache), viewport 1280×900, and waits for its probe. Our widgets render when they come within a viewport of the visible area: the probe waits for the first viewport\'s widgets, the bench reads the heap there ("as loaded"), then the probe scrolls through the page a viewport per frame until every widget has rendered, then one frame (the heap read again: "every widget rendered"; the pause for the heap is left out of times and long tasks). It then waits until no request has been in flight for 300 ms (at most 10 s) before counting requests and layout shift. The 1,000 bars + 100 counters page carries the whole snippet (reserve.css, then loader.js); the other pages loader.js only.',
    `- Ours: one \`<script type="module" src="/cdn/loader.js">\` and the tags, \`<html lang="en">\` (one page in \`ar\` shows a locale chunk's cost). Peers as their READMEs embed them: shareon 2.8.1 (\`shareon.iife.js\` with \`init\`, \`shareon.min.css\`, the same seven targets), shariff 3.3.0 (\`shariff.complete.js/css\`, jQuery and Font Awesome included, no backend, six services: it has no Bluesky), countup.js (its ES module, one number), Leaflet 1.9.4 (\`leaflet.js/css\`, the event map's ${r.mapEvents} built-in events as markers; rendered once its markers have shown and the tiles in view have loaded).`,
    '- CLS: sum of `layout-shift` entries without recent input, from before the page\'s first script until the page settled.',
  ].join('\n'), '');
  return `${lines.join('\n')}\n`;
}

export function consoleTable(r) {
  const out = [];
  const pad = (s, w) => String(s).padEnd(w);
  out.push('', 'Bytes before interaction (gzip / brotli), CLS, rendered at');
  for (const [label, ids] of GROUPS) {
    out.push(`  ${label}`);
    for (const id of ids) {
      const p = r.pages[id];
      out.push(`    ${pad(p?.title ?? id, 44)} ${pad(kb(p?.transfer?.total.gzip), 10)} ${pad(kb(p?.transfer?.total.brotli), 10)} CLS ${pad(n(p?.cls.median), 8)} ${ms(p?.timeMs.median)}${p?.transfer?.tileRequests ? `  (+${p.transfer.tileRequests} tile requests)` : ''}`);
    }
  }
  out.push('', 'Share bars rendered: ours vs shareon (median ms, ratio)');
  for (const x of r.render) out.push(`    ${pad(n(x.widgets), 6)} ${pad(ms(x.oursMs), 10)} ${pad(ms(x.shareonMs), 10)} ×${n(x.ratio.median)}`);
  out.push('', `1,000 share bars + 100 counters: ${ms(r.pages['ours-share-1000-counter-100']?.timeMs.median)}`);
  out.push(`Heap per 1,000 share bars: ours ${kb(r.heap.oursSharePer1000)}, shareon ${kb(r.heap.shareonPer1000)}`);
  if (r.mobile) {
    out.push('', 'Mobile profile: rendered (median), ratio ours ÷ peer, longest request chain');
    for (const x of r.mobile.pairs) out.push(`    ${pad(x.ours, 18)} ${pad(ms(r.mobile.pages[x.ours]?.timeMs.median), 10)} vs ${pad(x.peer, 14)} ${pad(ms(r.mobile.pages[x.peer]?.timeMs.median), 10)} ×${n(x.ratio.median)}  chain ${n(r.mobile.pages[x.ours]?.chain?.median)}`);
  }
  out.push('', 'Budgets (gzip)');
  for (const b of r.budgets) out.push(`    ${b.ok ? 'ok  ' : 'OVER'} ${pad(b.label, 58)} ${pad(kb(b.gzip), 10)} ≤ ${kb(b.budget)}`);
  out.push('', 'Targets');
  for (const t of r.targets) out.push(`    ${t.met ? 'met ' : 'MISS'} ${t.target}: ${t.unit === 'B' ? kb(t.measured) : n(t.measured)} (limit ${t.unit === 'B' ? kb(t.limit) : n(t.limit)})`);
  if (r.machine.underLoad) out.push('', `Measured under load (load average ${r.machine.loadavg.join(' / ')} on ${r.machine.cpu.cores} cores).`);
  return out.join('\n');
}
