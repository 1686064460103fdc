// Runs once when the server starts: a bad or missing variable stops the process with a message that
// names it, instead of failing later on the first request that happens to need it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { EnvError, parseEnv } = await import("./lib/config/env-schema");
  try {
    parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
