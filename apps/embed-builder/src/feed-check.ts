// The feed checker: fetches a pasted `src` as a widget would (CORS, no credentials), and validates
// it against the widget's feed JSON Schema with @cfworker/json-schema (draft 2020-12 as our
// schemas are, no dependencies, and no code generation: it runs under a CSP without
// 'unsafe-eval', where Ajv's compiled validators cannot). Each problem is reported by its path in
// the feed ("events[3].lat") with a sentence of ours, not the validator's English.
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { DEFAULT_MAX_BYTES } from '@strong-cities/core';
import type { JsonSchema } from './catalogue.js';

export interface Problem {
  /** where in the feed: `events[3].lat`; '' for the document itself */
  path: string;
  /** what the schema asks at that path, for the message */
  rule: Rule;
}

/** One broken rule, as data: the UI words it in the builder's language. */
export type Rule =
  | { kind: 'type'; types: string[] }
  | { kind: 'required' }
  | { kind: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'; limit: number }
  | { kind: 'minLength' | 'maxLength' | 'minItems' | 'maxItems'; limit: number }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'enum'; values: string[] }
  | { kind: 'format'; format: string }
  | { kind: 'additional' }
  | { kind: 'oneOf' }
  | { kind: 'other'; keyword: string };

export type CheckResult =
  | { status: 'valid'; bytes: number }
  | { status: 'invalid'; bytes: number; problems: Problem[] }
  | { status: 'not-json'; detail: string }
  | { status: 'too-large'; bytes: number; limit: number }
  | { status: 'http'; code: number }
  | { status: 'cors'; origin: string }
  | { status: 'unreachable' }
  | { status: 'not-absolute' };

/** `#/events/3/lat` → `events[3].lat` */
export function pathOf(pointer: string): string {
  const segments = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
  return segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path ? `${path}.${s}` : s), '');
}

/**
 * The value a JSON pointer (`#/properties/count/type`) names in `root`. A validator's keyword
 * location passes through `$ref` (`…/items/$ref/properties/lat/type`): that step follows the
 * reference, within the same document.
 */
function at(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const raw of pointer.replace(/^#\/?/, '').split('/').filter((s) => s !== '')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    const next = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    node = key === '$ref' && typeof next === 'string' && next.startsWith('#') ? at(root, next) : next;
  }
  return node;
}

const asNumber = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);

/** The broken rule of one validator error, from the schema's own keyword value. */
function ruleOf(unit: OutputUnit, schema: JsonSchema): Rule {
  const value = at(schema, unit.keywordLocation);
  switch (unit.keyword) {
    case 'type':
      return { kind: 'type', types: Array.isArray(value) ? value.map(String) : [String(value)] };
    case 'required':
      return { kind: 'required' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { kind: unit.keyword, limit: asNumber(value) };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return { kind: unit.keyword, limit: asNumber(value) };
    case 'pattern':
      return { kind: 'pattern', pattern: String(value) };
    case 'enum':
      return { kind: 'enum', values: Array.isArray(value) ? value.map((v) => JSON.stringify(v)) : [] };
    case 'const':
      return { kind: 'enum', values: [JSON.stringify(value)] };
    case 'format':
      return { kind: 'format', format: String(value) };
    case 'additionalProperties':
    case 'unevaluatedProperties':
    case 'propertyNames':
      return { kind: 'additional' };
    case 'oneOf':
    case 'anyOf':
      return { kind: 'oneOf' };
    default:
      return { kind: 'other', keyword: unit.keyword };
  }
}

/**
 * The feed's problems against `schema`: one per broken rule at its deepest place. The validator
 * also reports every enclosing keyword (`properties`, `items`) and each failed branch of a
 * `oneOf`; those say nothing more, so only the innermost errors and the `oneOf` itself remain.
 */
export function problemsOf(instance: unknown, schema: JsonSchema): Problem[] {
  const result = new Validator(schema as ConstructorParameters<typeof Validator>[0], '2020-12', false).validate(instance);
  if (result.valid) return [];
  const kept = withoutOtherBranches(result.errors);
  const leaves = kept.filter((e) => !kept.some((o) => o !== e && o.keywordLocation.startsWith(`${e.keywordLocation}/`)));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const unit of leaves) {
    const parent = pathOf(unit.instanceLocation);
    const rule = ruleOf(unit, schema);
    // `required` fails at the object: name each missing member instead
    const paths =
      unit.keyword === 'required'
        ? missingMembers(at(instance, unit.instanceLocation), at(schema, unit.keywordLocation)).map((m) => (parent ? `${parent}.${m}` : m))
        : [parent];
    for (const path of paths) {
      const key = `${path}\u0000${JSON.stringify(rule)}`;
      if (!seen.has(key)) problems.push({ path, rule });
      seen.add(key);
    }
  }
  return problems;
}

/**
 * The errors to report from `oneOf`/`anyOf`: when all branches but one fail on their type at the
 * very place (a feed that is an object where the schema allows a list or an object), the feed
 * meant that one, and its errors are the useful ones; otherwise only the `oneOf` itself.
 */
function withoutOtherBranches(errors: OutputUnit[]): OutputUnit[] {
  let kept = errors;
  for (const choice of errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
    const prefix = `${choice.keywordLocation}/`;
    const inside = kept.filter((e) => e.keywordLocation.startsWith(prefix));
    const branchOf = (e: OutputUnit): string => e.keywordLocation.slice(prefix.length).split('/')[0] ?? '';
    const branches = [...new Set(inside.map(branchOf))];
    const wrongType = new Set(inside.filter((e) => e.keyword === 'type' && e.keywordLocation === `${prefix}${branchOf(e)}/type`).map(branchOf));
    const meant = branches.filter((b) => !wrongType.has(b));
    kept = kept.filter((e) => {
      if (!e.keywordLocation.startsWith(prefix)) return meant.length !== 1 || e !== choice;
      return meant.length === 1 && branchOf(e) === meant[0];
    });
  }
  return kept;
}

function missingMembers(object: unknown, required: unknown): string[] {
  if (!Array.isArray(required)) return [];
  const has = object && typeof object === 'object' ? object : {};
  return required.map(String).filter((name) => !(name in has));
}

/** True for a CORS refusal: the cross-origin request failed, yet the server answers an opaque request. */
async function answersWithoutCors(url: string): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/** Fetches `src` as a widget would and checks it against `schema`. */
export async function checkFeed(src: string, schema: JsonSchema): Promise<CheckResult> {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return { status: 'not-absolute' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { status: 'not-absolute' };
  let response: Response;
  try {
    response = await fetch(url, { mode: 'cors', credentials: 'omit', cache: 'no-store', headers: { accept: 'application/json' } });
  } catch {
    return (await answersWithoutCors(url.href)) ? { status: 'cors', origin: location.origin } : { status: 'unreachable' };
  }
  if (!response.ok) return { status: 'http', code: response.status };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > DEFAULT_MAX_BYTES) return { status: 'too-large', bytes: bytes.length, limit: DEFAULT_MAX_BYTES };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return { status: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const problems = problemsOf(data, schema);
  return problems.length ? { status: 'invalid', bytes: bytes.length, problems } : { status: 'valid', bytes: bytes.length };
}
