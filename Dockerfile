# The API service alone; Neo4j comes from the neo4j image (see docker-compose.yml), so no Java here.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seed ./seed
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/cli/index.ts", "serve"]
