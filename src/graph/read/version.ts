/**
 * The graph's version, as every write leaves it (graph/write/statements.ts, BUMP_GRAPH_VERSION): what
 * a response cache is keyed by, so that an answer cached before a write, made through this process
 * or any other sharing the database, is never served after it.
 */
import neo4j, { type Driver } from 'neo4j-driver';

/** The version of a graph no write of ours has touched yet (an empty database, or one built before versions). */
export const UNVERSIONED = 'initial';

const VERSION = `OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN v.token AS token`;

const ignore = () => undefined;

/**
 * Reads the version for many callers at once without serving any of them a version older than its
 * call: a caller joins the read sent after it asked, never one already under way, which may have
 * left before a write the caller has seen committed. So under load there is at most one read on its
 * way and one waiting, whatever the number of requests; alone, a caller pays one round trip.
 */
export class GraphVersions {
  private sent: Promise<string> | null = null;
  private waiting: Promise<string> | null = null;

  constructor(private readonly driver: Driver) {}

  /** The version as of some moment after this call. */
  current(): Promise<string> {
    if (this.sent === null) return this.send();
    this.waiting ??= this.sent.then(ignore, ignore).then(() => {
      this.waiting = null;
      return this.send();
    });
    return this.waiting;
  }

  private send(): Promise<string> {
    const read = this.read();
    this.sent = read;
    const done = () => {
      if (this.sent === read) this.sent = null;
    };
    read.then(done, done);
    return read;
  }

  /**
   * Asked once, never retried: while Neo4j is away the request goes on without the cache at once,
   * and its own reads wait for the database and report it, as they do without a cache.
   */
  private async read(): Promise<string> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const { records } = await session.run(VERSION);
      return (records[0]?.get('token') as string | null) ?? UNVERSIONED;
    } finally {
      await session.close();
    }
  }
}
