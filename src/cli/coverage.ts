/**
 * `coverage FILE.jsonl…` (or `-` for stdin): over articles with no gold, how many sentences put a
 * role verb next to a person, and how many of them the role rules could not explain, per verb, with
 * a few examples each. What the extractor sees but does not understand, to find the next rule.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { roleSentences } from '../extract/index.js';

const USAGE = `usage: coverage FILE.jsonl… [--examples N]

Reads {"id","text","url"} lines and prints, per role verb, the sentences where it stood next to a
person and gave nobody a role, with up to N examples (default 3); then one JSON line of totals.
`;

interface VerbCount {
  seen: number;
  unexplained: number;
  examples: string[];
}

export interface CoverageTotals {
  articles: number;
  badLines: number;
  roleSentences: number;
  unexplainedSentences: number;
  share: number;
  byVerb: Record<string, { seen: number; unexplained: number }>;
}

export async function coverageOf(lines: AsyncIterable<string>, examples: number): Promise<{ totals: CoverageTotals; report: string }> {
  const verbs = new Map<string, VerbCount>();
  let articles = 0;
  let badLines = 0;
  let sentences = 0;
  let unexplainedSentences = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    let record: { text?: unknown; url?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch {
      badLines++;
      continue;
    }
    if (typeof record.text !== 'string') {
      badLines++;
      continue;
    }
    articles++;
    for (const s of roleSentences(record.text, { url: typeof record.url === 'string' ? record.url : null })) {
      sentences++;
      if (s.unexplained.length) unexplainedSentences++;
      for (const v of new Set(s.verbs)) {
        const c = verbs.get(v) ?? { seen: 0, unexplained: 0, examples: [] };
        c.seen++;
        if (s.unexplained.includes(v)) {
          c.unexplained++;
          if (c.examples.length < examples) c.examples.push(s.text.slice(0, 240));
        }
        verbs.set(v, c);
      }
    }
  }
  const rows = [...verbs.entries()].filter(([, c]) => c.unexplained > 0).sort((a, b) => b[1].unexplained - a[1].unexplained);
  const report = rows
    .map(([verb, c]) => [`"${verb}": ${c.unexplained} of ${c.seen} unexplained`, ...c.examples.map((e) => `    ${e}`)].join('\n'))
    .join('\n');
  const share = sentences ? unexplainedSentences / sentences : 0;
  const byVerb = Object.fromEntries([...verbs.entries()].map(([v, c]) => [v, { seen: c.seen, unexplained: c.unexplained }]));
  return { totals: { articles, badLines, roleSentences: sentences, unexplainedSentences, share, byVerb }, report };
}

export async function runCoverage(argv: string[]): Promise<number> {
  const at = argv.indexOf('--examples');
  const examples = at >= 0 ? Number(argv[at + 1]) : 3;
  const files = argv.filter((a, i) => a !== '--examples' && (at < 0 || i !== at + 1));
  if (!files.length || !Number.isInteger(examples) || examples < 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  async function* allLines(): AsyncGenerator<string> {
    for (const f of files) yield* createInterface({ input: f === '-' ? process.stdin : createReadStream(f), crlfDelay: Infinity });
  }
  const { totals, report } = await coverageOf(allLines(), examples);
  const pct = (totals.share * 100).toFixed(1);
  process.stdout.write(`${report}${report ? '\n\n' : ''}`);
  process.stdout.write(
    `${totals.articles} articles, ${totals.roleSentences} sentences with a role verb next to a person, ` +
      `${totals.unexplainedSentences} unexplained (${pct}%)${totals.badLines ? `; ${totals.badLines} lines not read` : ''}\n`,
  );
  process.stdout.write(`${JSON.stringify({ articles: totals.articles, roleSentences: totals.roleSentences, unexplained: totals.unexplainedSentences, share: Number(totals.share.toFixed(4)) })}\n`);
  return 0;
}
