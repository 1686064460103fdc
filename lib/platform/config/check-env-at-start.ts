import { EnvError, parseEnv } from "./env-schema";

// A bad or missing variable stops the server with a message that names it, instead of failing
// later on the first request that happens to need it.
try {
  parseEnv(process.env);
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
