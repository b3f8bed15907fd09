# The API service and its explorer page; Neo4j comes from the neo4j image (see docker-compose.yml), so no Java here.
# The page is built with the dev dependencies (Vite) in a stage of its own; only web/dist is kept.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build-web.ts ./scripts/
COPY web ./web
RUN node --import tsx scripts/build-web.ts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seed ./seed
COPY --from=web /app/web/dist ./web/dist
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/cli/index.ts", "serve"]
