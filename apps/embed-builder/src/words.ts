// The words of the feed checker and of the widgets' own data, in the builder's language. The
// widgets' titles, field labels, help and value labels are the WordPress plugin's (its .po files,
// read at build into catalogue.json); a text they do not translate yet shows in English.
import { msg, str } from '@lit/localize';
import { getLocale } from './ui-locale.js';
import type { CheckResult, Problem, Rule } from './feed-check.js';
import type { Texts } from './catalogue.js';

/** `text` in the builder's language, from the plugin's translations (`context` as in its .po). */
export function translated(texts: Texts, text: string, context = ''): string {
  return texts[getLocale()]?.[context]?.[text] || text;
}

function typeName(type: string): string {
  switch (type) {
    case 'number':
      return msg('a number', { id: 'builder.type.number' });
    case 'integer':
      return msg('a whole number', { id: 'builder.type.integer' });
    case 'string':
      return msg('a text', { id: 'builder.type.string' });
    case 'boolean':
      return msg('true or false', { id: 'builder.type.boolean' });
    case 'object':
      return msg('an object ({…})', { id: 'builder.type.object' });
    case 'array':
      return msg('a list ([…])', { id: 'builder.type.array' });
    case 'null':
      return 'null';
    default:
      return type;
  }
}

const list = (items: string[]): string => new Intl.ListFormat(getLocale(), { type: 'disjunction' }).format(items);

/** What is wrong, after the path: "must be a number". */
export function ruleText(rule: Rule): string {
  switch (rule.kind) {
    case 'type': {
      const types = list(rule.types.map(typeName));
      return msg(str`must be ${types}`, { id: 'builder.rule.type' });
    }
    case 'required':
      return msg('is missing (required)', { id: 'builder.rule.required' });
    case 'minimum':
      return msg(str`must be at least ${rule.limit}`, { id: 'builder.rule.minimum' });
    case 'exclusiveMinimum':
      return msg(str`must be more than ${rule.limit}`, { id: 'builder.rule.exclusive-minimum' });
    case 'maximum':
      return msg(str`must be at most ${rule.limit}`, { id: 'builder.rule.maximum' });
    case 'exclusiveMaximum':
      return msg(str`must be less than ${rule.limit}`, { id: 'builder.rule.exclusive-maximum' });
    case 'minLength':
      return rule.limit <= 1
        ? msg('must not be empty', { id: 'builder.rule.not-empty' })
        : msg(str`must be at least ${rule.limit} characters long`, { id: 'builder.rule.min-length' });
    case 'maxLength':
      return msg(str`must be at most ${rule.limit} characters long`, { id: 'builder.rule.max-length' });
    case 'minItems':
      return msg(str`must list at least ${rule.limit} items`, { id: 'builder.rule.min-items' });
    case 'maxItems':
      return msg(str`must list at most ${rule.limit} items`, { id: 'builder.rule.max-items' });
    case 'pattern':
      return msg(str`does not have the expected form (${rule.pattern})`, { id: 'builder.rule.pattern' });
    case 'enum': {
      const values = list(rule.values);
      return msg(str`must be ${values}`, { id: 'builder.rule.enum' });
    }
    case 'format':
      return msg(str`is not a valid ${rule.format}`, { id: 'builder.rule.format' });
    case 'additional':
      return msg('is not expected here', { id: 'builder.rule.additional' });
    case 'oneOf':
      return msg('does not match any of the forms the feed format allows', { id: 'builder.rule.one-of' });
    case 'other':
      return msg(str`breaks the rule "${rule.keyword}"`, { id: 'builder.rule.unknown' });
  }
}

/** One problem as a line: "events[3].lat: must be a number". */
export function problemText(problem: Problem): string {
  const where = problem.path || msg('the document', { id: 'builder.check.root' });
  return `${where}: ${ruleText(problem.rule)}`;
}

/** The checker's verdict, in one sentence. */
export function verdictText(result: CheckResult): string {
  switch (result.status) {
    case 'valid':
      return msg('The feed is valid: the widget will show it.', { id: 'builder.check.valid' });
    case 'invalid':
      return msg(str`The feed does not match the widget's format (${result.problems.length} problems). The widget will keep its built-in content until these are fixed:`, { id: 'builder.check.invalid' });
    case 'not-json':
      return msg(str`The address answers, but not with JSON: ${result.detail}`, { id: 'builder.check.not-json' });
    case 'too-large': {
      const size = Math.ceil(result.bytes / 1024);
      const limit = Math.floor(result.limit / 1024);
      return msg(str`The feed is too large (${size} kB): widgets read at most ${limit} kB.`, { id: 'builder.check.too-large' });
    }
    case 'http':
      return msg(str`The server answered with error ${result.code}: check the address.`, { id: 'builder.check.http' });
    case 'cors':
      return msg(
        'The server answered, but does not let other websites read the feed (CORS). Partner pages are other websites, so the widget could not read it either. The server hosting the feed must send this header with it:',
        { id: 'builder.check.cors' },
      );
    case 'unreachable':
      return msg('The address could not be reached: check it, and that the server is up.', { id: 'builder.check.unreachable' });
    case 'not-absolute':
      return msg('Give the full address of the feed (https://…) to check it.', { id: 'builder.check.not-absolute' });
  }
}
