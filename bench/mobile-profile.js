// The phone the mobile runs emulate: browser.js applies it, report.js reasons with it.
/**
 * Lighthouse's mobile profile (issue 18), applied through CDP: 150 ms round trip, 1.6 Mbps down,
 * 750 kbps up, the CPU slowed 4×. Without it, pages load over 127.0.0.1, where a round trip is free.
 */
export const MOBILE = { latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8, cpuSlowdown: 4 };
