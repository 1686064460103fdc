import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { connectionConfig, createDatabase, databaseName, dropDatabase } from "./database-admin";

// The driver adapter through which the WASM schema engine reaches PostgreSQL: PrismaPg, with the two fixes
// the engine needs (see docs STACK.md, "Prisma 7 without binaries").

const PG_CHAR_OID = 18; // PostgreSQL's internal one-byte "char" (pg_class.relkind, pg_constraint.contype, ...)
const PG_TEXT_OID = 25;

/**
 * The engine's introspection queries return catalog columns of type "char", which adapter-pg cannot map
 * ("Unsupported column type char"). Their values arrive as one-letter strings already, so reporting the
 * column as text is enough. Done per client class, so no other pg user in the process is affected.
 */
class CharAsTextClient extends pg.Client {}
const baseQuery = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
CharAsTextClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const last = args.at(-1);
  if (typeof last === "function") {
    const callback = last as (error: unknown, result: unknown) => void;
    args[args.length - 1] = (error: unknown, result: unknown) => callback(error, charAsText(result));
    return baseQuery.apply(this, args);
  }
  const outcome = baseQuery.apply(this, args);
  return outcome instanceof Promise ? outcome.then(charAsText) : outcome;
} as typeof pg.Client.prototype.query;

function charAsText(result: unknown): unknown {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? [];
  for (const field of fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  return result;
}

export interface MigrationAdapter {
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Ends every pool (an open pool keeps the process alive ~10 s) and drops leftover shadow databases. */
  close(): Promise<void>;
}

export function createMigrationAdapter(url: string): MigrationAdapter {
  const pools = new Set<pg.Pool>();
  const shadowDatabases = new Set<string>();

  async function connectTo(database: string): Promise<SqlDriverAdapter> {
    // Host, port, user and database as separate fields: PrismaPg's own shadow connection spreads
    // `{ ...config, database }`, and with a connection string the string wins, pointing it at the main DB.
    const pool = new pg.Pool({ ...connectionConfig(url, database), Client: CharAsTextClient, max: 4 });
    pools.add(pool);
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    // adapter-pg splits scripts on every ";", which breaks migrations holding a function or trigger body.
    // One simple-protocol query runs the whole script, as the native engine does (values: [] keeps pg on
    // the simple protocol, which accepts several statements), with adapter-pg's own error mapping.
    adapter.executeScript = async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    return adapter;
  }

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(databaseName(url)),
    // PrismaPg drops its shadow database while that database's pool is still connected, which fails; so
    // the shadow database is created here and dropped WITH (FORCE) after its pool has ended.
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await createDatabase(url, name);
      shadowDatabases.add(name);
      const adapter = await connectTo(name);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await dropDatabase(url, name);
        shadowDatabases.delete(name);
      };
      return adapter;
    },
  };

  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    async close() {
      await Promise.all([...pools].map((pool) => (isEnded(pool) ? undefined : pool.end().catch(() => undefined))));
      pools.clear();
      for (const name of shadowDatabases) await dropDatabase(url, name);
      shadowDatabases.clear();
    },
  };
}

function isEnded(pool: pg.Pool): boolean {
  return (pool as unknown as { ended?: boolean }).ended === true;
}
