# caretrail service image: Node 20 on Debian bookworm. python3/make/g++ let better-sqlite3 build
# from source when no prebuilt binary matches.
FROM node:20-bookworm-slim

RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*

WORKDIR /app

COPY package.json package-lock.json ./
# tsx (used by `npm start`) is a runtime dependency, so dev dependencies stay out of the image.
RUN npm ci --omit=dev

COPY . .
# The SQLite store's default file lives under ./data; the unprivileged user must be able to write it.
RUN mkdir -p /app/data && chown node:node /app/data

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
EXPOSE 4000

USER node
CMD ["npm", "start"]
