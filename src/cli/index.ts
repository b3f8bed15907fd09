/**
 * One command with subcommands. Each subcommand lives in its own module, loaded only when used,
 * so `extract` never pays for the driver or the GraphQL schema.
 */
const USAGE = `usage: tsx src/cli/index.ts <command> [options]

commands:
  serve            start Neo4j (or use NEO4J_URI), apply the schema, load seed/, serve GraphQL on PORT (default 4000)
  extract [FILE…]  extract facts from plain-text articles; --jsonl reads JSON lines on stdin
  ingest PATH…     extract articles (files, folders, .jsonl) and write them to the graph; --dry-run only prints
  export           write the graph as FollowTheMoney JSON lines (--format ftm) or CSV tables (--format csv --out DIR)
  coverage FILE…   role verbs next to a person that the role rules do not explain, per verb, over JSON lines
  db               run the local Neo4j in the foreground until Ctrl-C
`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.js')).runServe,
  extract: async () => (await import('./extract.js')).runExtract,
  ingest: async () => (await import('./ingest.js')).runIngest,
  export: async () => (await import('./export.js')).runExport,
  coverage: async () => (await import('./coverage.js')).runCoverage,
  db: async () => (await import('./db.js')).runDb,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return (await load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
