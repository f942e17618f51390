// Turns the raw loads of a run into the figures of results.json: the CDN folder, bytes per page,
// render times and their ratios, layout shift, heap, and the targets.
import { median, range, round } from './stats.js';
import { transferOf } from './transfer.js';
import { sharedChunks } from '../packages/embed/scripts/shared-chunks.js';

/** What each CDN file is, from the folder's description. */
function roleOf(file, folder) {
  if (file === folder.loader) return 'loader';
  if (file === folder.classic) return 'classic (all widgets)';
  if (folder.runtime.includes(file)) return 'shared runtime';
  for (const { name, users } of sharedChunks) if (folder.shared[name]?.includes(file)) return `shared ${name} (${users})`;
  for (const [l, f] of Object.entries(folder.locales)) if (f === file) return `locale ${l}`;
  for (const [w, fs] of Object.entries(folder.widgets)) if (fs.includes(file)) return `widget ${w}`;
  for (const [w, fs] of Object.entries(folder.onDemand ?? {})) if (fs.includes(file)) return `widget ${w}, loaded on demand`;
  if (file === 'manifest.json') return 'manifest';
  if (file === 'THIRD-PARTY-LICENSES.txt') return 'licences of the bundled code';
  return 'other';
}

function pageFigures(id, list, failures, ctx) {
  const ok = list.filter(Boolean);
  const transfers = ok.map((l) => transferOf(l.requests, ctx.siteDir, ctx.origin));
  // bytes are the same every run; the median guards against a run cut short
  const pick = transfers.find((t) => t.total.gzip === median(transfers.map((x) => x.total.gzip))) ?? transfers[0];
  const times = ok.map((l) => l.timeMs);
  return {
    title: ctx.pages.find((p) => p.id === id)?.title,
    runs: ok.length,
    failedRuns: list.length - ok.length,
    failure: failures[id],
    renderedEveryRun: ok.length > 0 && ok.every((l) => l.rendered === l.expected),
    expected: ok[0]?.expected,
    timeMs: { median: round(median(times)), range: range(times)?.map((x) => round(x)) },
    // a Leaflet page: its markers alone, before the tiles in view had loaded (timeMs waits for both)
    ...(ok.some((l) => l.markersMs !== undefined) && { markersMs: { median: round(median(ok.map((l) => l.markersMs))) } }),
    cls: { median: round(median(ok.map((l) => l.cls)), 4), max: round(range(ok.map((l) => l.cls))?.[1], 4) },
    // the longest chain of requests after the HTML, long tasks over 50 ms and total blocking time
    chain: { median: median(ok.map((l) => l.chain)), max: range(ok.map((l) => l.chain))?.[1] },
    longTasks: { median: median(ok.map((l) => l.longTasks?.length)), longestMs: round(range(ok.flatMap((l) => l.longTasks ?? []))?.[1]) },
    scrollLongTasks: { median: median(ok.map((l) => l.scrollLongTasks?.length)), longestMs: round(range(ok.flatMap((l) => l.scrollLongTasks ?? []))?.[1]) },
    tbtMs: { median: round(median(ok.map((l) => l.tbt))) },
    // the widgets in the first viewport, after the runtime chunk arrived (the stress page's target)
    viewportAfterRuntimeMs: { median: round(median(ok.map((l) => (l.viewportMs !== undefined && l.runtimeEndMs !== undefined ? l.viewportMs - l.runtimeEndMs : undefined)))) },
    heapBytes: { median: median(ok.map((l) => l.heap)) },
    // the same once the first viewport showed, before the probe scrolled (our widgets render near the viewport)
    heapLoadedBytes: { median: median(ok.map((l) => l.heapLoaded)) },
    viewportMs: { median: round(median(ok.map((l) => l.viewportMs))) },
    // scrolling through a viewport per frame until every widget rendered; widgets whose height changed as they rendered
    scrollMs: { median: round(median(ok.map((l) => l.scrollMs))) },
    moved: { max: range(ok.map((l) => l.moved))?.[1] },
    transfer: pick && {
      total: pick.total,
      byKind: pick.byKind,
      files: pick.files,
      requests: pick.requests,
      tileRequests: median(transfers.map((t) => t.tiles)),
      foreignRequests: [...new Set(transfers.flatMap((t) => t.foreign))],
      failedRequests: [...new Set(transfers.flatMap((t) => t.failed))],
    },
    // the 404s of Leaflet's tiles are expected: they are how tiles stay on this machine
    errors: [...new Set(ok.flatMap((l) => l.errors))]
      .filter((e) => !(pick?.tiles && /status of 404/.test(e)))
      .slice(0, 10),
  };
}

const sumKinds = (t, kinds, key = 'gzip') => kinds.reduce((s, k) => s + (t?.byKind[k]?.[key] ?? 0), 0);
const fileGzip = (t, name) => t?.files.find((f) => f.path.endsWith(`/${name}`));

export function summarize({ loads, mobileLoads, failures, rounds, runsWanted, pairs, budgets, siteDir, origin, events, pages }) {
  const ctx = { siteDir, origin, pages };
  /** @type {Record<string, ReturnType<typeof pageFigures>>} */
  const page = {};
  for (const [id, list] of Object.entries(loads)) page[id] = pageFigures(id, list, failures, ctx);

  const folder = budgets.folder;
  const cdn = folder.files.map((f) => ({ ...f, role: roleOf(f.file, folder) }));

  const render = pairs.map(([ours, peer]) => {
    const a = loads[ours] ?? [];
    const b = loads[peer] ?? [];
    const ratios = a.map((l, i) => (l && b[i] ? l.timeMs / b[i].timeMs : undefined));
    // what a visitor sees first: the bars in the first viewport (shareon renders all at once)
    const seen = a.map((l, i) => (l?.viewportMs && b[i]?.viewportMs ? l.viewportMs / b[i].viewportMs : undefined));
    return {
      widgets: page[ours]?.expected,
      oursMs: page[ours]?.timeMs.median,
      shareonMs: page[peer]?.timeMs.median,
      ratio: { median: round(median(ratios), 2), range: range(ratios)?.map((x) => round(x, 2)), pairs: ratios.filter((x) => x !== undefined).length },
      oursViewportMs: page[ours]?.viewportMs.median,
      shareonViewportMs: page[peer]?.viewportMs.median,
      viewportRatio: { median: round(median(seen), 2), range: range(seen)?.map((x) => round(x, 2)), pairs: seen.filter((x) => x !== undefined).length },
    };
  });

  const perThousand = (many, one, n = 1000, key = 'heapBytes') => {
    const a = page[many]?.[key].median;
    const b = page[one]?.[key].median;
    return a !== undefined && b !== undefined ? Math.round(((a - b) * 1000) / (n - 1)) : undefined;
  };
  const heap = {
    // every widget type, each against the one-share-bar page (the runtime is in both)
    perType: Object.fromEntries(HEAP_PAGES.map(([short, id, n]) => [short, perThousand(id, 'ours-share-1', n)]).filter(([, v]) => v !== undefined)),
    oursSharePer1000: perThousand('ours-share-1000', 'ours-share-1'),
    // as loaded: only the bars near the viewport have rendered (the rest wait, with no shadow root)
    oursSharePer1000Loaded: perThousand('ours-share-1000', 'ours-share-1', 1000, 'heapLoadedBytes'),
    mixedPer1000Loaded: perThousand('ours-share-1000-counter-100', 'ours-share-1', 1100, 'heapLoadedBytes'),
    shareonPer1000: perThousand('shareon-share-1000', 'shareon-share-1'),
    mixedPer1000: perThousand('ours-share-1000-counter-100', 'ours-share-1', 1100),
    method: 'JS heap used after two forced GCs (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage): (N-widget page − 1-widget page) × 1000/(N − 1), medians; N = 1,000, or 1,100 for the mixed page; per type, N as its page has (the map: 20, scaled to 1,000). "As loaded": once the first viewport showed, before any scrolling (widgets render near the viewport); "every widget rendered": after the probe scrolled through the page',
  };

  // the targets
  const ours = (id) => page[id]?.transfer;
  const shareonJsCss = sumKinds(ours('shareon-share-1'), ['js', 'css']);
  const oursShare = ours('ours-share-1')?.total.gzip;
  const leafletJs = fileGzip(ours('leaflet-map-1'), 'leaflet.js')?.gzip;
  const oursMap = ours('ours-map-1')?.total.gzip;
  const at200 = render.find((r) => r.widgets === 200)?.ratio.median;
  const at200Seen = render.find((r) => r.widgets === 200)?.viewportRatio.median;
  const stress = page['ours-share-1000-counter-100']?.timeMs.median;
  const targets = [
    { target: "share bar page ≤ shareon's JS+CSS bytes (gzip)", measured: oursShare, limit: shareonJsCss, unit: 'B', met: oursShare !== undefined && oursShare <= shareonJsCss },
    { target: 'render time ratio vs shareon ≤ 1.0 at 200 bars: the bars in the first viewport (median of per-pair ratios)', measured: at200Seen, limit: 1, unit: '×', met: at200Seen !== undefined && at200Seen <= 1 },
    { target: 'render time ratio vs shareon ≤ 1.0 at 200 bars: every bar, ours scrolled through a viewport per frame (median of per-pair ratios)', measured: at200, limit: 1, unit: '×', met: at200 !== undefined && at200 <= 1 },
    { target: '1,000 share bars + 100 counters all rendered ≤ 1 s (ours scrolled through a viewport per frame)', measured: stress, limit: 1000, unit: 'ms', met: stress !== undefined && stress <= 1000 && page['ours-share-1000-counter-100'].renderedEveryRun },
    { target: "event map page ≤ 0.5× Leaflet's JS alone (gzip)", measured: oursMap, limit: leafletJs && Math.floor(leafletJs / 2), unit: 'B', met: oursMap !== undefined && leafletJs !== undefined && oursMap <= leafletJs / 2 },
  ];

  const mobile = mobileLoads && summarizeMobile(mobileLoads, failures, ctx);
  // issue 18's targets
  const stressPage = page['ours-share-1000-counter-100'];
  const sharePer1000 = heap.oursSharePer1000;
  const worstMobile = mobile && Math.max(...mobile.pairs.map((x) => x.ratio.median ?? Infinity));
  const worstChain = mobile && Math.max(...mobile.pairs.map((x) => mobile.pages[x.ours]?.chain?.max ?? Infinity));
  targets.push(
    { target: 'share bar page ≤ 12.0 kB gzip (issue 18)', measured: oursShare, limit: 12_000, unit: 'B', met: oursShare !== undefined && oursShare <= 12_000 },
    { target: 'heap per 1,000 share bars ≤ 2.5 MB (issue 18): the page as loaded (bars near the viewport rendered)', kind: 'heap', measured: heap.oursSharePer1000Loaded, limit: 2_500_000, unit: 'B', met: heap.oursSharePer1000Loaded !== undefined && heap.oursSharePer1000Loaded <= 2_500_000 },
    { target: 'heap per 1,000 share bars ≤ 2.5 MB (issue 18): every bar rendered (scrolled through)', kind: 'heap', measured: sharePer1000, limit: 2_500_000, unit: 'B', met: sharePer1000 !== undefined && sharePer1000 <= 2_500_000 },
    { target: '1,000 bars + 100 counters: first viewport rendered ≤ 300 ms after the runtime arrived (issue 18)', measured: stressPage?.viewportAfterRuntimeMs.median, limit: 300, unit: 'ms', met: (stressPage?.viewportAfterRuntimeMs.median ?? Infinity) <= 300 },
    { target: '1,000 bars + 100 counters: no long task over 50 ms while loading (issue 18)', measured: stressPage?.longTasks.median, limit: 0, unit: '', met: stressPage?.longTasks.median === 0 },
    { target: '1,000 bars + 100 counters: nothing jumps as widgets render on scrolling (widgets whose height changed, worst run; issue 18)', measured: stressPage?.moved.max, limit: 0, unit: '', met: stressPage?.moved.max === 0 },
    ...(mobile ? [
      { target: 'mobile profile: every page rendered ≤ 0.9× its peer, en and ar (worst median ratio; issue 18)', measured: worstMobile, limit: 0.9, unit: '×', met: worstMobile <= 0.9 },
      { target: 'mobile profile: longest request chain after the HTML ≤ 2 (worst run; issue 18)', measured: worstChain, limit: 2, unit: '', met: worstChain <= 2 },
    ] : []),
  );
  return {
    runs: { wanted: runsWanted, done: rounds, full: rounds >= 10 && runsWanted >= 10 },
    mobile,
    mapEvents: events,
    cdn,
    budgets: budgets.rows.map(({ id, label, files, gzip, brotli, budget, ok }) => ({ id, label, files, gzip, brotli, budget, ok })),
    pages: page,
    render,
    heap,
    targets,
  };
}

/** [widget short key, page id, instances]: the pages that give each widget type's heap per 1,000. */
export const HEAP_PAGES = [['share', 'ours-share-1000', 1000], ['counter', 'ours-counter-1000', 1000], ['toggle', 'ours-toggle-1000', 1000], ['cta', 'ours-cta-1000', 1000], ['map', 'ours-map-20', 20]];

/** Issue 18's pages under the mobile profile: [ours, the peers' equivalent]. */
export const MOBILE_PAIRS = [
  ['ours-article', 'peers-article'], ['ours-article-ar', 'peers-article'],
  ['ours-events', 'peers-events'], ['ours-events-ar', 'peers-events'],
  ['ours-all-5', 'peers-all-5'], ['ours-all-5-ar', 'peers-all-5'],
];

function summarizeMobile(loads, failures, ctx) {
  const page = {};
  for (const [id, list] of Object.entries(loads)) page[id] = pageFigures(id, list, failures, ctx);
  const pairs = MOBILE_PAIRS.map(([ours, peer]) => {
    const a = loads[ours] ?? [];
    const b = loads[peer] ?? [];
    const ratios = a.map((l, i) => (l && b[i] ? l.timeMs / b[i].timeMs : undefined));
    // against a Leaflet peer's markers alone (pins on a grey box): reported, not the target's figure
    const toMarkers = a.map((l, i) => (l && b[i]?.markersMs ? l.timeMs / b[i].markersMs : undefined));
    return {
      ours,
      peer,
      ratio: { median: round(median(ratios), 2), range: range(ratios)?.map((x) => round(x, 2)), pairs: ratios.filter((x) => x !== undefined).length },
      ...(toMarkers.some((x) => x !== undefined) && { ratioToMarkers: { median: round(median(toMarkers), 2), range: range(toMarkers)?.map((x) => round(x, 2)) } }),
    };
  });
  return { profile: 'CDP: 150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4× slower; text files served gzip -9', pages: page, pairs };
}
