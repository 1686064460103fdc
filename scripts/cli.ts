import { runCli } from "./cli/definitions-cli";

// `npm run cli -- export|plan|apply -f skd.yaml --org 974761076 --env test` (scripts/cli/definitions-cli.ts, docs/API.md).
process.exitCode = await runCli(process.argv.slice(2));
