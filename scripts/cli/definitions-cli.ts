import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// The definitions CLI (`npm run cli -- export|plan|apply -f skd.yaml --org 974761076 --env test`): a thin client of
// the portal's HTTP API (docs/API.md), authenticated with an organisation's API token. Shares no code with the portal:
// it speaks only the API, as a pipeline would. Exit codes: 0 done (plan: no change), 2 plan with changes (as
// `terraform plan -detailed-exitcode`), 1 refused or failed, 64 a usage error (sysexits' EX_USAGE).

export const USAGE = `Usage: npm run cli -- <export|plan|apply> -f <file> --org <orgNumber> --env <test|prod> [options]

  export   Writes the organisation's definitions to the file (.json: JSON, otherwise YAML).
  plan     Prints what applying the file would change. Exit code 0: nothing, 2: changes.
  apply    Applies the file and prints what was changed.

Options:
  -f, --file <path>     The definitions document.
      --org <number>    The organisation number (nine digits).
      --env <test|prod> The environment (default: test).
      --url <url>       The portal's address (default: $CONSENT_PORTAL_URL).
      --token <token>   An API token (default: $CONSENT_PORTAL_TOKEN). Prefer the variable: arguments show in ps.
  -h, --help            This text.
`;

export const EXIT = { ok: 0, failed: 1, changes: 2, usage: 64 } as const;

type TIo = {
  env: Record<string, string | undefined>;
  fetch: typeof fetch;
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, text: string) => Promise<void>;
};

type TChange = { action: string; kind: string; key: string; fields: string[]; summary: string };
type TApiError = { error?: { code?: string; message?: string; fieldErrors?: Record<string, string[]> } };

const COMMANDS = ["export", "plan", "apply"] as const;
type TCommand = (typeof COMMANDS)[number];
type TRequest = { command: TCommand; file: string; org: string; env: "test" | "prod"; url: string; token: string };

class UsageError extends Error {}

/** The command line as a request, or a UsageError saying what is wrong. */
export function parseCommandLine(argv: string[], env: TIo["env"]): TRequest | "help" {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      file: { type: "string", short: "f" },
      org: { type: "string" },
      env: { type: "string", default: "test" },
      url: { type: "string" },
      token: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  const [command, ...rest] = positionals;
  if (!COMMANDS.includes(command as TCommand) || rest.length > 0) {
    throw new UsageError(
      `Name one command: export, plan or apply${command ? ` (not "${positionals.join(" ")}")` : ""}.`,
    );
  }
  if (!values.file) throw new UsageError("Name the document with -f <file>.");
  if (!values.org || !/^\d{9}$/.test(values.org))
    throw new UsageError("Name the organisation with --org <nine digits>.");
  if (values.env !== "test" && values.env !== "prod") throw new UsageError("--env is test or prod.");
  const url = values.url ?? env.CONSENT_PORTAL_URL;
  if (!url) throw new UsageError("Give the portal's address: CONSENT_PORTAL_URL or --url.");
  const token = values.token ?? env.CONSENT_PORTAL_TOKEN;
  if (!token) throw new UsageError("Give an API token: CONSENT_PORTAL_TOKEN or --token.");
  return { command: command as TCommand, file: values.file, org: values.org, env: values.env, url, token };
}

const isJson = (file: string) => file.toLowerCase().endsWith(".json");

/** One line per change, marked as a diff marks it. */
export function formatChange(change: TChange): string {
  const mark = change.action === "create" ? "+" : change.action === "delete" ? "-" : "~";
  const fields = change.fields.length ? ` [${change.fields.join(", ")}]` : "";
  return `  ${mark} ${change.action} ${change.kind} ${change.key}${fields}: ${change.summary}`;
}

/** A refusal as people read it: the status, the portal's message, and each problem by its place. */
async function describeRefusal(response: Response): Promise<string[]> {
  const text = await response.text();
  let body: TApiError = {};
  try {
    body = JSON.parse(text) as TApiError;
  } catch {
    // Not the portal's JSON (a proxy's page): say so with the status alone.
  }
  const hint: Record<number, string> = {
    401: "The token was not accepted.",
    403: "The token may not do this.",
    404: "No such organisation at this portal.",
  };
  const lines = [
    `Refused (${response.status}): ${body.error?.message ?? hint[response.status] ?? response.statusText}`,
  ];
  for (const [place, messages] of Object.entries(body.error?.fieldErrors ?? {})) {
    lines.push(`  ${place}: ${messages.join("; ")}`);
  }
  return lines;
}

async function send(request: TRequest, io: TIo, init: RequestInit & { path: string; query?: string }) {
  const base = request.url.replace(/\/+$/, "");
  const query = `environment=${request.env}${init.query ?? ""}`;
  const url = `${base}/api/v1/orgs/${request.org}/definitions${init.path}?${query}`;
  const headers = {
    ...(init.headers as Record<string, string>),
    authorization: `Bearer ${request.token}`,
    "accept-language": "en",
  };
  return io.fetch(url, { ...init, headers });
}

async function run(request: TRequest, io: TIo): Promise<number> {
  if (request.command === "export") {
    const response = await send(request, io, {
      method: "GET",
      path: "",
      query: `&format=${isJson(request.file) ? "json" : "yaml"}`,
    });
    if (!response.ok) return fail(io, await describeRefusal(response));
    await io.writeFile(request.file, await response.text());
    io.out(`Exported the ${request.env} definitions of ${request.org} to ${request.file}.`);
    return EXIT.ok;
  }
  const body = await io.readFile(request.file);
  const contentType = isJson(request.file) ? "application/json" : "application/yaml";
  const response = await send(request, io, {
    method: "POST",
    path: `/${request.command}`,
    headers: { "content-type": contentType },
    body,
  });
  if (!response.ok) return fail(io, await describeRefusal(response));
  if (request.command === "plan") {
    const { changes } = (await response.json()) as { changes: TChange[] };
    if (changes.length === 0) {
      io.out(`No changes: ${request.org}'s ${request.env} definitions match ${request.file}.`);
      return EXIT.ok;
    }
    io.out(`${changes.length} change(s) to ${request.org}'s ${request.env} definitions:`);
    for (const change of changes) io.out(formatChange(change));
    return EXIT.changes;
  }
  const { applied } = (await response.json()) as { applied: TChange[] };
  io.out(applied.length ? `Applied ${applied.length} change(s):` : "Nothing to apply: the definitions already match.");
  for (const change of applied) io.out(formatChange(change));
  return EXIT.ok;
}

function fail(io: TIo, lines: string[]): number {
  for (const line of lines) io.err(line);
  return EXIT.failed;
}

/** Runs the CLI; never throws (a failure is printed in a sentence, never as a stack trace) and returns the exit code. */
export async function runCli(argv: string[], io: Partial<TIo> = {}): Promise<number> {
  const full: TIo = {
    env: process.env,
    fetch,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    readFile: (path) => readFile(path, "utf8"),
    writeFile: (path, text) => writeFile(path, text, "utf8"),
    ...io,
  };
  let request: TRequest | "help";
  try {
    request = parseCommandLine(argv, full.env);
  } catch (error) {
    full.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (request === "help") {
    full.out(USAGE);
    return EXIT.ok;
  }
  try {
    return await run(request, full);
  } catch (error) {
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fail(full, [`Cannot read ${request.file}: no such file.`]);
    return fail(full, [`Cannot ${request.command} with ${request.url}: ${cause}`]);
  }
}
