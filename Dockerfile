# The tradegraph app (API + viewer) for docker-compose.yml. Neo4j itself runs from the official image.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Read at run time: the viewer, the Neo4j schema applied on connect, and the press releases to build
# from: the sample, which docker-compose.yml replaces by mounting RELEASES_DIR over /app/releases.
COPY web ./web
COPY graph-schema ./graph-schema
COPY seeds ./releases
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 3000
# Builds the graph from /app/releases into Neo4j (a merge: rerunning changes nothing), then serves it.
CMD ["sh", "-c", "node dist/cli/main.js build releases --store neo4j --no-progress && exec node dist/cli/main.js serve --host 0.0.0.0 --port 3000"]
