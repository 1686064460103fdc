import { spawn } from "node:child_process";
import path from "node:path";

// Runs one of the standalone benchmarks (e.g. bench/upstream-queue.ts) as its own process, as `npm run bench:*` would,
// echoing its output as it comes and handing back its result lines for the summary.

const ROOT = path.resolve(import.meta.dirname, "../..");

export function runChildBench(file: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", file], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines: string[] = [];
    let rest = "";
    child.stdout.on("data", (chunk: Buffer) => {
      const text = rest + chunk.toString();
      const complete = text.split("\n");
      rest = complete.pop()!;
      for (const line of complete.filter((l) => l.trim())) {
        lines.push(line);
        console.log(`[${path.basename(file, ".ts")}] ${line}`);
      }
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (rest.trim()) lines.push(rest);
      if (code === 0) resolve(lines);
      else reject(new Error(`${file} exited with ${code}`));
    });
  });
}
