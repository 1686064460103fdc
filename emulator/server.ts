import { startEmulator } from "./start-emulator";

// `npm run emulator`: ID-porten (and later Maskinporten, Resource Registry) for local development.
const port = Number(process.env.EMULATOR_PORT ?? 4000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`EMULATOR_PORT must be a port number, got "${process.env.EMULATOR_PORT}"`);
  process.exit(1);
}

const emulator = await startEmulator({ port });
console.log(`Emulator listening on 127.0.0.1:${emulator.port}`);
console.log(`ID-porten issuer: ${emulator.idportenIssuer}`);
console.log(`Discovery: ${emulator.idportenIssuer}/.well-known/openid-configuration`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received, stopping emulator`);
  await emulator.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
