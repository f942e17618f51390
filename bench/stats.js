// Small statistics for repeated runs.

/** Median of finite numbers; undefined when there are none. */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Smallest and largest finite value, for the spread shown beside a median. */
export function range(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return v.length ? [Math.min(...v), Math.max(...v)] : undefined;
}

export const round = (x, digits = 1) => (typeof x === 'number' && Number.isFinite(x) ? Number(x.toFixed(digits)) : undefined);
