import type { Command } from 'commander';
import {
  checkStateCode,
  describeRule,
  listRules,
  type RuleDetail,
  type RuleSummary,
  type VersionView,
} from '../../core/policy/policy-catalogue.js';
import { checkedDays, coverageMarkdown, libraryCoverage, openPoints } from '../../core/policy/coverage.js';
import { lintLibrary, runAllCases } from '../../core/policy/policy-checks.js';
import type { RulePlace } from '../../core/policy/policy.types.js';
import { printJson, printTable, valueOf, type CliContext } from '../context.js';
import { CliExit, EXIT } from '../exit-codes.js';

export function registerPolicy(program: Command, context: CliContext): void {
  const policy = program
    .command('policy')
    .description('the law library in policies/: rules, versions, cases and lint (no database)');

  policy
    .command('list')
    .description('list the rules, most senior first, with the version in force today')
    .option('--state <code>', 'only the rules that reach this state: federal, its own and its counties')
    .option('--json', 'print JSON')
    .action(async (options: { state?: string; json?: boolean }) => {
      const { library, places } = (await context.law()).engine;
      const state = options.state === undefined ? undefined : valueOf(checkStateCode(places, options.state));
      const rules = listRules(library, { ...(state ? { state } : {}), clock: { now: context.now(), places } });
      if (options.json) return printJson(context, { rules });
      printTable(
        context,
        ['ID', 'LEVEL', 'PLACE', 'CURRENT', 'TITLE'],
        rules.map((r) => [r.id, r.level, placeText(r.place), currentText(r), r.title]),
      );
    });

  policy
    .command('show')
    .description('one rule: its versions, citations, the notes of its source, and its cases')
    .argument('<id>', 'rule id, e.g. tx-ccp-2.251 (see: policy list)')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const law = await context.law();
      const rule = valueOf(describeRule(law.engine.library, law.cases, id, law.engine.places));
      if (options.json) return printJson(context, rule);
      context.out(showText(rule));
    });

  policy
    .command('test')
    .description('run every case of the library (policies/**/*.cases.yaml); exit 1 if any fails')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const law = await context.law();
      const report = runAllCases(law.engine, law.cases);
      if (options.json) printJson(context, report);
      else {
        for (const failure of report.failures) {
          context.out(`FAIL ${failure.file}:${failure.line ?? '?'}: ${failure.sentence}\n`);
          for (const problem of failure.failures) context.out(`     ${problem}\n`);
        }
        context.out(`${report.total} cases, ${report.passed} passed, ${report.failed} failed\n`);
      }
      if (report.failed > 0) throw new CliExit(EXIT.FAILURE);
    });

  policy
    .command('lint')
    .description(
      'check the library beyond its schema: files where their place says, a case on each side of every date; warn of files never checked against their sources',
    )
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const law = await context.law();
      const found = lintLibrary(law.engine, law.cases, law.files);
      const problems = found.filter((p) => p.severity === 'error');
      const warnings = found.filter((p) => p.severity === 'warning');
      if (options.json) printJson(context, { files: law.files.length, problems, warnings });
      else {
        for (const problem of problems) context.out(`${problem.message}\n`);
        for (const warning of warnings) context.out(`warning: ${warning.message}\n`);
        const count = (n: number, word: string) => (n === 1 ? `1 ${word}` : `${n || 'no'} ${word}s`);
        context.out(
          `${law.files.length} files, ${count(problems.length, 'problem')}, ${count(warnings.length, 'warning')}\n`,
        );
      }
      if (problems.length > 0) throw new CliExit(EXIT.FAILURE);
    });

  policy
    .command('coverage')
    .description(
      'what the library covers, jurisdiction by jurisdiction: sources with the dates they are in force, when each was last checked, and what stays UNCONFIRMED',
    )
    .option('--markdown', "print the README's coverage table")
    .option('--json', 'print JSON')
    .action(async (options: { markdown?: boolean; json?: boolean }) => {
      const law = await context.law();
      const rows = libraryCoverage(law.engine.library, law.stateName);
      if (options.json) return printJson(context, { jurisdictions: rows });
      if (options.markdown) return context.out(coverageMarkdown(rows));
      printTable(
        context,
        ['JURISDICTION', 'SOURCES', 'CHECKED', 'UNCONFIRMED'],
        rows.map((row) => [
          row.jurisdiction,
          String(row.sources.length),
          checkedDays(row).join(','),
          String(openPoints(row).length),
        ]),
      );
    });
}

function placeText(place: RulePlace): string {
  switch (place.kind) {
    case 'federal':
      return 'US';
    case 'state':
      return place.state;
    case 'counties':
      return `${place.state} ${place.counties.join(',')}`;
  }
}

function currentText(rule: RuleSummary): string {
  const current = rule.current;
  if (!current) return '';
  if (current.status === 'in-force') return current.version ?? '';
  if (current.status === 'repealed') return `repealed ${current.version}`;
  return `from ${current.version}`;
}

function versionText(version: VersionView): string {
  const lines = [`  ${version.effectiveFrom}${version.until ? ` to ${version.until}` : ''}`];
  if (version.repealed) lines[0] += '  repealed';
  else lines[0] += `  ${version.formula ?? ''} ${JSON.stringify(version.params)}`;
  if (version.formulaSummary) lines.push(`    ${version.formulaSummary}`);
  if (version.holdCapHours !== null) lines.push(`    hold capped at ${version.holdCapHours} hours`);
  for (const duty of version.duties) {
    const notice = duty.notice ? `, notice ${duty.notice.kind} in ${duty.notice.languages.join('/')}` : '';
    lines.push(`    duty ${duty.id} (${duty.due}${notice}): ${duty.text}`);
  }
  if (version.note) lines.push(`    note: ${version.note}`);
  return lines.join('\n');
}

function showText(rule: RuleDetail): string {
  const indent = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
  return [
    `${rule.id}: ${rule.title}`,
    `level: ${rule.level}   place: ${placeText(rule.place)}   agencies: ${rule.agencyKinds?.join(', ') ?? 'all'}`,
    `source: ${rule.source.title} (${rule.source.kind})`,
    `  ${rule.source.href}`,
    `  file: policies/${rule.source.file}`,
    'citations:',
    ...rule.citations.map((c) => `  ${c.title} <${c.href}>`),
    'versions:',
    ...rule.versions.map(versionText),
    'notes:',
    indent(rule.source.notes),
    `cases (${rule.cases.length}):`,
    ...rule.cases.map((c) => `  ${c.asOf}  ${c.sentence}  [${c.file}:${c.line ?? '?'}]`),
    '',
  ].join('\n');
}
