# Stadspunt as a container: docker build -t stadspunt . (see the README, "In production").
# The build stage installs everything and builds the web UI and the server; the runtime stage
# holds only the production dependencies, the build and the files the server reads at run time.
FROM node:20-bookworm-slim AS bouw
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=bouw /app/package.json ./
COPY --from=bouw /app/node_modules ./node_modules
COPY --from=bouw /app/dist ./dist
COPY --from=bouw /app/drizzle ./drizzle
COPY --from=bouw /app/src/server/modules/catalogus/upl ./src/server/modules/catalogus/upl
COPY --from=bouw /app/src/server/modules/basisregistratie/testset ./src/server/modules/basisregistratie/testset
COPY --from=bouw /app/src/server/modules/zaaktypen/referentie ./src/server/modules/zaaktypen/referentie
# The embedded database's folder, for when DATABASE_URL is not set; a volume mounted here keeps it.
RUN mkdir data && chown node:node data
USER node
# No demo data or demo passwords (-e STADSPUNT_OMGEVING=demo to try the demo municipality).
ENV STADSPUNT_OMGEVING=productie \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATA_DIR=/app/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself, not npm: SIGTERM from docker stop reaches the server, which drains (STOP_DEADLINE_SECONDEN).
CMD ["node", "dist/server/main.js"]
