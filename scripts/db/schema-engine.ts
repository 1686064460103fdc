import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { createMigrationAdapter } from "./migration-adapter";

// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter. The Prisma 7 CLI runs
// only the native engine, downloaded from binaries.prisma.sh, which is unreachable here; the WASM build
// does the same migrate work and keeps prisma/migrations compatible with `prisma migrate deploy`.

export type { SchemaEngine };

export interface SchemaFile {
  path: string;
  content: string;
}

let lastPanic = "";
let engineClass: Promise<typeof SchemaEngine> | undefined;

/**
 * Instantiated once per process: wasm-bindgen keeps module-level state, and a second instance of the same
 * build fails with `unwrap_throw failed` (a comment in Prisma's own loader). The JS glue and the .wasm come
 * from the same package so their generated import names always match.
 */
function loadSchemaEngineClass(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    // Rust panics report their message through this global; without it a panic surfaces only as
    // "Cannot read properties of undefined (reading 'set_message')".
    Object.assign(globalThis, {
      PRISMA_WASM_PANIC_REGISTRY: { set_message: (message: string) => (lastPanic = message) },
    });
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await fs.readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers(glue) });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine;
  })();
  return engineClass;
}

/**
 * The engine races its database calls against 10 s timers and never clears them (the glue imports
 * setTimeout but no clearTimeout), so each call would keep the process alive 10 s after the work is done.
 * Unref'd timers still fire while anything else runs, but no longer hold the process open.
 */
function withUnrefTimers(glue: object): WebAssembly.ModuleImports {
  const imports = { ...glue } as WebAssembly.ModuleImports;
  for (const [name, value] of Object.entries(glue)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    imports[name] = (...args: unknown[]): unknown => {
      const timer = (value as (...args: unknown[]) => unknown)(...args);
      (timer as NodeJS.Timeout | undefined)?.unref?.();
      return timer;
    };
  }
  return imports;
}

/**
 * Runs `work` with a new engine on the database at `url`, then frees it and closes its connections.
 * One engine per step on purpose: an engine keeps state (a schema cache) between calls, and one reused
 * after `applyMigrations` was measured to get `createMigration` wrong.
 */
export async function withSchemaEngine<T>(
  url: string,
  work: (engine: SchemaEngine) => Promise<T>,
  schema?: SchemaFile,
): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngineClass();
  const adapter = createMigrationAdapter(url);
  let engine: SchemaEngine | undefined;
  try {
    // `datamodels` must be undefined or non-empty.
    const datamodels: [string, string][] | undefined = schema ? [[schema.path, schema.content]] : undefined;
    engine = await SchemaEngineClass.new({ datamodels }, debugLog, adapter.factory);
    return await work(engine);
  } catch (error) {
    throw explainEngineError(error);
  } finally {
    engine?.free();
    await adapter.close();
  }
}

function debugLog(message: string): void {
  if (process.env.DEBUG_SCHEMA_ENGINE) console.error(`[schema-engine] ${message}`);
}

/** Engine errors are plain objects or bare WebAssembly traps; turn them into errors that say what failed. */
function explainEngineError(error: unknown): Error {
  if (error instanceof WebAssembly.RuntimeError || (error as Error | undefined)?.name === "RuntimeError") {
    const message = lastPanic || (error as Error).message;
    return new Error(`The Prisma schema engine panicked: ${message}`, { cause: error });
  }
  const known = error as { code?: unknown; message?: unknown; meta?: unknown } | undefined;
  if (known && typeof known.code === "string" && typeof known.message === "string") {
    return new Error(`${known.code}: ${known.message}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
