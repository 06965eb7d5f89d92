import type { Node } from 'yaml';
import { AGENCY_KINDS, type AgencyKind } from '../agency/agency.js';
import { isLocalDate } from '../clock/local-calendar.js';
import { err, ok, type Result } from '../shared/result.js';
import { invalidPolicy, type EngineError } from './engine-errors.js';
import { FORMULAS } from './formulas/index.js';
import {
  ACTIONS,
  DUTY_DUE,
  FINDINGS,
  LEVELS,
  NOTICE_KINDS,
  NOTICE_LANGUAGES,
  SOURCE_KINDS,
  type Action,
  type Citation,
  type DutyDefinition,
  type DutyNotice,
  type DutyTrigger,
  type Level,
  type PolicySource,
  type Rule,
  type RulePlace,
  type RuleVersion,
} from './policy.types.js';
import { YamlProblem, YamlReader } from './yaml-reader.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const RULE_ID = /^[a-z]{2,3}(-[a-z0-9.]+)+$/;
const DUTY_ID = /^[a-z]{2,3}(-[a-z0-9.]+)+$/;
const HREF = /^https?:\/\/\S+$/;
const STATE = /^[A-Z]{2}$/;
const FIPS = /^\d{5}$/;
const FEDERAL_LEVELS: readonly Level[] = [
  'federal-constitution',
  'federal-statute',
  'federal-regulation',
  'federal-agency-policy',
];

/** Parses one policy file (one legal source) strictly. Errors name the file and line. */
export function parsePolicy(file: string, text: string): Result<PolicySource, EngineError> {
  try {
    const y = new YamlReader(text);
    const top = y.map(y.root, 'file', ['source', 'notes', 'rules'], ['reviewed', 'finding', 'unconfirmed']);
    const source = y.map(top.get('source'), 'source', ['title', 'kind', 'href']);
    const rules = y.list(top.get('rules'), 'rules').map((node, i) => parseRule(y, node, `rules[${i}]`, file));
    const finding = top.has('finding') ? y.oneOf(top.get('finding'), 'finding', FINDINGS) : null;
    if (finding === null && rules.length === 0)
      throw new YamlProblem(
        y.lineOf(top.get('rules')),
        'rules must list at least one rule (or finding: no-detainer-law or unsettled)',
      );
    if (finding !== null && rules.length > 0)
      throw new YamlProblem(
        y.lineOf(top.get('finding')),
        `finding: ${finding} needs rules: [] (the file encodes no rule)`,
      );
    const unconfirmed = top.has('unconfirmed')
      ? y.list(top.get('unconfirmed'), 'unconfirmed').map((node, i) => unconfirmedLine(y, node, `unconfirmed[${i}]`))
      : [];
    return ok({
      file,
      title: y.string(source.get('title'), 'source.title'),
      kind: y.oneOf(source.get('kind'), 'source.kind', SOURCE_KINDS),
      href: y.string(source.get('href'), 'source.href', HREF),
      notes: y.string(top.get('notes'), 'notes'),
      reviewed: top.has('reviewed') ? calendarDate(y, top.get('reviewed'), 'reviewed') : null,
      finding,
      unconfirmed,
      rules,
    });
  } catch (error) {
    if (error instanceof YamlProblem) return err(invalidPolicy(file, error.line, error.message));
    throw error;
  }
}

/** The longest unofficial Spanish title or summary of a rule: one line a reader takes in at once. */
export const MAX_SPANISH_LINE = 300;

/** One line of text (no line break or control character, not blank), at most MAX_SPANISH_LINE characters. */
function oneLine(y: YamlReader, node: Node | null | undefined, path: string): string {
  const text = y.string(node, path);
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text))
    throw new YamlProblem(y.lineOf(node), `${path} must be one line, without control characters`);
  if (text.trim() === '' || text !== text.trim())
    throw new YamlProblem(y.lineOf(node), `${path} must not be blank nor start or end with spaces`);
  if (text.length > MAX_SPANISH_LINE)
    throw new YamlProblem(y.lineOf(node), `${path} must be at most ${MAX_SPANISH_LINE} characters`);
  return text;
}

/** The longest line of a file's `unconfirmed` list: one open point, said briefly (the notes explain it). */
export const MAX_UNCONFIRMED_LINE = 240;

function unconfirmedLine(y: YamlReader, node: Node | null | undefined, path: string): string {
  const text = y.string(node, path);
  if (/[\r\n]/.test(text) || text.length > MAX_UNCONFIRMED_LINE)
    throw new YamlProblem(y.lineOf(node), `${path} must be one line of at most ${MAX_UNCONFIRMED_LINE} characters`);
  return text.trim();
}

/** A YYYY-MM-DD that is a day of the calendar (not 2014-02-30). */
function calendarDate(y: YamlReader, node: Node | null | undefined, path: string): string {
  const date = y.string(node, path, DATE);
  if (!isLocalDate(date)) throw new YamlProblem(y.lineOf(node), `${path} ${date} is not a day of the calendar`);
  return date;
}

function parseRule(y: YamlReader, node: Node, path: string, file: string): Rule {
  const m = y.map(
    node,
    path,
    ['id', 'title', 'level', 'place', 'citations', 'versions'],
    ['agencyKinds', 'titleEs', 'summaryEs'],
  );
  const id = y.string(m.get('id'), `${path}.id`, RULE_ID);
  const level = y.oneOf(m.get('level'), `${path}.level`, LEVELS);
  const place = parsePlace(y, m.get('place') ?? null, `${path}.place`);
  if ((place.kind === 'federal') !== FEDERAL_LEVELS.includes(level)) {
    throw new YamlProblem(y.lineOf(m.get('level')), `${path}.level ${level} does not fit place ${place.kind}`);
  }
  const prefix = place.kind === 'federal' ? 'us' : place.state.toLowerCase();
  if (!id.startsWith(`${prefix}-`))
    throw new YamlProblem(y.lineOf(m.get('id')), `${path}.id must start with "${prefix}-"`);
  const citations = y
    .list(m.get('citations'), `${path}.citations`)
    .map((c, i) => parseCitation(y, c, `${path}.citations[${i}]`));
  if (citations.length === 0)
    throw new YamlProblem(y.lineOf(m.get('citations')), `${path}.citations must not be empty`);
  const versions = y
    .list(m.get('versions'), `${path}.versions`)
    .map((v, i) => parseVersion(y, v, `${path}.versions[${i}]`));
  checkVersionOrder(y, m.get('versions'), versions, path);
  return {
    id,
    title: y.string(m.get('title'), `${path}.title`),
    titleEs: m.has('titleEs') ? oneLine(y, m.get('titleEs'), `${path}.titleEs`) : null,
    summaryEs: m.has('summaryEs') ? oneLine(y, m.get('summaryEs'), `${path}.summaryEs`) : null,
    level,
    place,
    agencyKinds: m.has('agencyKinds')
      ? y
          .list(m.get('agencyKinds'), `${path}.agencyKinds`)
          .map((k, i) => y.oneOf<AgencyKind>(k, `${path}.agencyKinds[${i}]`, AGENCY_KINDS))
      : null,
    citations,
    versions,
    sourceFile: file,
    line: y.lineOf(node),
  };
}

function parsePlace(y: YamlReader, node: Node | null, path: string): RulePlace {
  if (y.plain(node) === 'federal') return { kind: 'federal' };
  const m = y.map(node, path, ['state'], ['counties']);
  const state = y.string(m.get('state'), `${path}.state`, STATE);
  if (!m.has('counties')) return { kind: 'state', state };
  const counties = y
    .list(m.get('counties'), `${path}.counties`)
    .map((c, i) => y.string(c, `${path}.counties[${i}]`, FIPS));
  if (counties.length === 0) throw new YamlProblem(y.lineOf(m.get('counties')), `${path}.counties must not be empty`);
  return { kind: 'counties', state, counties };
}

function parseCitation(y: YamlReader, node: Node, path: string): Citation {
  const m = y.map(node, path, ['title', 'href']);
  return { title: y.string(m.get('title'), `${path}.title`), href: y.string(m.get('href'), `${path}.href`, HREF) };
}

function parseVersion(y: YamlReader, node: Node, path: string): RuleVersion {
  const m = y.map(node, path, ['effectiveFrom'], ['formula', 'params', 'duties', 'holdCapHours', 'repealed', 'note']);
  const effectiveFrom = y.string(m.get('effectiveFrom'), `${path}.effectiveFrom`, DATE);
  const repealed = m.has('repealed') ? y.boolean(m.get('repealed'), `${path}.repealed`) : false;
  const note = m.has('note') ? y.string(m.get('note'), `${path}.note`) : null;
  if (repealed) {
    const extra = ['formula', 'params', 'duties', 'holdCapHours'].find((k) => m.has(k));
    if (extra) throw new YamlProblem(y.lineOf(m.get(extra)), `${path}.${extra} makes no sense on a repealed version`);
    return {
      effectiveFrom,
      repealed,
      formula: null,
      params: {},
      duties: [],
      holdCapHours: null,
      note,
      line: y.lineOf(node),
    };
  }
  const formulaName = y.string(m.get('formula'), `${path}.formula`);
  const formula = FORMULAS.get(formulaName);
  if (!formula)
    throw new YamlProblem(y.lineOf(m.get('formula')), `${path}.formula "${formulaName}" is not a known formula`);
  const params = (m.has('params') ? y.plain(m.get('params')) : {}) as Record<string, unknown>;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new YamlProblem(y.lineOf(m.get('params')), `${path}.params must be a mapping`);
  }
  const parsed = formula.parseParams(params);
  if (!parsed.ok) throw new YamlProblem(y.lineOf(m.get('params') ?? m.get('formula')), `${path}: ${parsed.problem}`);
  const holdCapHours = m.has('holdCapHours') ? y.number(m.get('holdCapHours'), `${path}.holdCapHours`) : null;
  if (holdCapHours !== null && !(holdCapHours >= 0 && holdCapHours <= 48)) {
    throw new YamlProblem(y.lineOf(m.get('holdCapHours')), `${path}.holdCapHours must be from 0 to 48`);
  }
  const duties = m.has('duties')
    ? y.list(m.get('duties'), `${path}.duties`).map((d, i) => parseDuty(y, d, `${path}.duties[${i}]`))
    : [];
  return { effectiveFrom, repealed, formula: formulaName, params, duties, holdCapHours, note, line: y.lineOf(node) };
}

function parseDuty(y: YamlReader, node: Node, path: string): DutyDefinition {
  const m = y.map(node, path, ['id', 'text', 'when', 'due'], ['textEs', 'notice']);
  return {
    id: y.string(m.get('id'), `${path}.id`, DUTY_ID),
    text: y.string(m.get('text'), `${path}.text`),
    textEs: m.has('textEs') ? y.string(m.get('textEs'), `${path}.textEs`) : null,
    when: parseTrigger(y, m.get('when') ?? null, `${path}.when`),
    due: y.oneOf(m.get('due'), `${path}.due`, DUTY_DUE),
    notice: m.has('notice') ? parseNotice(y, m.get('notice') ?? null, `${path}.notice`) : null,
  };
}

/**
 * The notice that discharges a duty: `notice: { kind: <one of NOTICE_KINDS>, languages: [en, es] }`.
 * Its languages are listed at least once each, at most once each, from NOTICE_LANGUAGES.
 */
function parseNotice(y: YamlReader, node: Node | null, path: string): DutyNotice {
  const m = y.map(node, path, ['kind', 'languages']);
  const kind = y.oneOf(m.get('kind'), `${path}.kind`, NOTICE_KINDS);
  const listed = y
    .list(m.get('languages'), `${path}.languages`)
    .map((l, i) => y.oneOf(l, `${path}.languages[${i}]`, NOTICE_LANGUAGES));
  if (listed.length === 0) throw new YamlProblem(y.lineOf(m.get('languages')), `${path}.languages must not be empty`);
  if (new Set(listed).size !== listed.length)
    throw new YamlProblem(y.lineOf(m.get('languages')), `${path}.languages must list each language once`);
  return { kind, languages: NOTICE_LANGUAGES.filter((l) => listed.includes(l)) };
}

function parseTrigger(y: YamlReader, node: Node | null, path: string): DutyTrigger {
  if (y.plain(node) === 'always') return { kind: 'always' };
  const m = y.map(node, path, ['decision'], ['action']);
  return {
    kind: 'decision',
    action: m.has('action') ? y.oneOf<Action>(m.get('action'), `${path}.action`, ACTIONS) : null,
    decision: y.oneOf(m.get('decision'), `${path}.decision`, ['comply', 'decline'] as const),
  };
}

function checkVersionOrder(
  y: YamlReader,
  node: Node | null | undefined,
  versions: readonly RuleVersion[],
  path: string,
): void {
  if (versions.length === 0) throw new YamlProblem(y.lineOf(node), `${path}.versions must not be empty`);
  if (versions[0]!.repealed) throw new YamlProblem(y.lineOf(node), `${path}.versions must not start with a repeal`);
  for (let i = 1; i < versions.length; i++) {
    if (versions[i]!.effectiveFrom <= versions[i - 1]!.effectiveFrom) {
      throw new YamlProblem(y.lineOf(node), `${path}.versions must be in strictly increasing effectiveFrom order`);
    }
  }
}
