import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Real files from Altinn's repositories (each with a .txt naming its source) live beside the clone in
// `../shared/realdata`, in CI too. They are read where they are and never copied into the repository.

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export const REALDATA_DIR = path.resolve(repoRoot, "../shared/realdata");

export const realdataPath = (name: string) => path.join(REALDATA_DIR, name);

export const readRealText = (name: string) => readFileSync(realdataPath(name), "utf8");

/** Parses a real JSON file (some carry a UTF-8 byte order mark, as written by .NET tools). */
export const readRealJson = <T = unknown>(name: string): T =>
  JSON.parse(readRealText(name).replace(/^\uFEFF/, "")) as T;
