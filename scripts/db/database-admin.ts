import pg from "pg";

// Server-level chores (create/drop a database) that cannot run inside the database they change, so they
// connect to the server's `postgres` maintenance database with the same credentials.

/** Connection settings as separate fields: a `connectionString` would win over any `database` override. */
export function connectionConfig(url: string, database?: string): pg.ClientConfig {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: database ?? databaseName(url),
    ssl: sslFromUrl(parsed),
  };
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`The database URL names no database: ${redactUrl(url)}`);
  return name;
}

/** The same URL pointing at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

function sslFromUrl(parsed: URL): pg.ClientConfig["ssl"] {
  const mode = parsed.searchParams.get("sslmode");
  if (!mode || mode === "disable" || mode === "prefer") return undefined;
  // `require` encrypts without verifying the certificate, as libpq does.
  return mode === "require" ? { rejectUnauthorized: false } : true;
}

async function withClient<T>(url: string, database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(connectionConfig(url, database));
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    if ((error as { code?: string }).code === "3D000") throw error; // database missing: callers decide
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(withDatabase(url, database))}: ${String(error)}`, {
      cause: error,
    });
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function withMaintenanceClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(url, "postgres", work);
}

/** Creates the database named in `url` when it does not exist yet; returns true when it created it. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  // Connecting to the database itself first: a hosted role may own its database yet not reach `postgres`.
  try {
    await withClient(url, name, async () => undefined);
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error;
  }
  return withMaintenanceClient(url, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      return true;
    } catch (error) {
      // Another process created it between our check and our CREATE: that is the state we wanted.
      if ((error as { code?: string }).code === "42P04") return false;
      throw error;
    }
  });
}

export async function createDatabase(url: string, name: string): Promise<void> {
  await withMaintenanceClient(url, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
}

/** `WITH (FORCE)` ends sessions still attached (a pool that has not finished closing), PostgreSQL 13+. */
export async function dropDatabase(url: string, name: string): Promise<void> {
  await withMaintenanceClient(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}
