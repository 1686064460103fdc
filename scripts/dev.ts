import { startLocalStack } from "./run/local-stack";

// `npm run dev`: like `npm start`, with `next dev` (reload on change) instead of a production build.
const stack = await startLocalStack("dev");
console.log(`\n  Portal (dev): ${stack.portalUrl}\n  Emulator:     ${stack.emulatorUrl}\n`);
