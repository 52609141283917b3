// Counts the SQL statements a server sends, without touching the server or the database: a TCP
// relay between the app and PostgreSQL that reads the client's side of the wire protocol. Each
// statement run is a Bind message (the extended protocol, how `pg` sends a query with parameters:
// a named statement is parsed once per connection, then only bound and executed) or a Query
// message (the simple protocol); both carry their type as the first byte of a frame
// whose next four bytes give its length, and the statement's text inside. The first frame of a
// connection (the startup message, or a request for TLS) has no type byte and is skipped. A
// count of work, not of time, so the machine's load does not move it.
import net from "node:net";

export type SqlCounter = {
  /** The same database through the relay. */
  url: string;
  statements: () => number;
  /** The statements' text so far, in order (only when started with `keepText`). */
  texts: string[];
  close: () => Promise<void>;
};

const PARSE = 0x50; // 'P': statement name, NUL, text, NUL, …
const BIND = 0x42; // 'B': portal name, NUL, statement name, NUL, …
const QUERY = 0x51; // 'Q': text, NUL
const TLS_REQUEST = 80877103;

/** A relay to `databaseUrl`'s server on `port` of loopback (0: any free port). */
export async function startSqlCounter(databaseUrl: string, port: number, keepText = false): Promise<SqlCounter> {
  const target = new URL(databaseUrl);
  let statements = 0;
  const texts: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    let started = false;
    // A connection's named statements' text, for the Bind messages that name them.
    const named = new Map<string, string>();
    client.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const header = started ? 5 : 4;
        if (pending.length < header) break;
        const length = pending.readUInt32BE(started ? 1 : 0) + (started ? 1 : 0);
        if (pending.length < length) break;
        const type = started ? pending[0] : 0;
        if (type === PARSE || type === BIND || type === QUERY) {
          const fields = keepText || type === PARSE ? pending.subarray(5, length).toString("utf8").split("\0") : [];
          if (type === PARSE) named.set(fields[0], fields[1]);
          else statements += 1;
          if (keepText && type !== PARSE) texts.push(type === BIND ? (named.get(fields[1]) ?? "") : fields[0]);
        }
        // A refused TLS request is followed by the real startup message, also untyped.
        if (!started && pending.readUInt32BE(4) !== TLS_REQUEST) started = true;
        pending = pending.subarray(length);
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => client.write(chunk));
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ]) {
      a.on("close", () => (b.destroy(), sockets.delete(a)));
      a.on("error", () => b.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    statements: () => statements,
    texts,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
