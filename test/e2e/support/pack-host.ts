import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the team's host answers next: a good file, or one way of failing. */
export type PackHostMode = 'ok' | 'invalid-json' | 'schema' | '500' | 'timeout' | 'too-large' | 'not-modified';

/**
 * The team's static host for subscription tests (Chromium and Firefox): one pack file whose ETag is
 * a version counter, answering conditional requests with 304; the test sets what it answers.
 */
export class PackHost {
  server!: Server;
  /** The file served: an object (sent as JSON) or raw text (a signed pack byte for byte). */
  pack: object | string = {};
  version = 1;
  mode: PackHostMode = 'ok';
  requests: { inm?: string }[] = [];

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.requests.push({ inm: req.headers['if-none-match'] as string | undefined });
      const etag = `"v${this.version}"`;
      const headers = { 'content-type': 'application/json', etag };
      switch (this.mode) {
        case 'invalid-json':
          return res.writeHead(200, headers).end('{"name": "Команда", "replies": [');
        case 'schema':
          return res.writeHead(200, headers).end(JSON.stringify({ name: 'Команда', replies: [{ id: 'x', title: 'Без текста' }] }));
        case '500':
          return res.writeHead(500).end('internal error');
        case 'timeout':
          return void setTimeout(() => res.writeHead(200, headers).end(this.body()), 6000);
        case 'too-large':
          return res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(25 * 1024 * 1024) }).end();
        case 'not-modified':
          return res.writeHead(304, { etag }).end();
        default:
          if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
          return res.writeHead(200, headers).end(this.body());
      }
    });
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
  }
  private body(): string {
    return typeof this.pack === 'string' ? this.pack : JSON.stringify(this.pack);
  }
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/team/pack.json`;
  }
  /** A new version of the file: a new ETag, answered normally. */
  publish(pack: object | string): void {
    this.pack = pack;
    this.version += 1;
    this.mode = 'ok';
  }
  close(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}

/** A coffee shop's team pack, and its next version: one reply changed, one added, one removed. */
export const TEAM_PACK_V1 = {
  format: 'trustops-pack',
  version: 1,
  id: 'team',
  name: 'Команда кофейни',
  replies: [
    { id: 'oat-milk', title: 'Овсяное молоко есть', body: 'Да, овсяное молоко есть во всех кофейнях, без доплаты.' },
    { id: 'wifi', title: 'Пароль от Wi-Fi', body: 'Пароль от Wi-Fi напечатан на чеке.' },
    { id: 'parking', title: 'Парковка у кофейни', body: 'Рядом с кофейней есть бесплатная парковка.' },
  ],
};
export const TEAM_PACK_V2 = {
  ...TEAM_PACK_V1,
  replies: [
    { id: 'oat-milk', title: 'Овсяное молоко есть', body: 'Да, овсяное и миндальное молоко есть во всех кофейнях.' },
    { id: 'wifi', title: 'Пароль от Wi-Fi', body: 'Пароль от Wi-Fi напечатан на чеке.' },
    { id: 'pets', title: 'Можно с собакой', body: 'С собаками можно, мы даже нальём воды.' },
  ],
};
