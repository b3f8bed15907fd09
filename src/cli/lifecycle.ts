/** Runs cleanup once on SIGINT/SIGTERM, then exits, so no database process outlives the CLI. */
export function onShutdown(cleanup: () => Promise<void>, log: (line: string) => void): void {
  let shuttingDown = false;
  const handler = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal} received, shutting down…`);
    cleanup().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

export const logLine = (line: string) => process.stderr.write(`${line}\n`);
