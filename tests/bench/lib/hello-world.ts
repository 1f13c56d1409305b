/**
 * A bare Express app answering `GET /` with a small JSON body, on a free loopback port it prints
 * as `listening on PORT`: the ceiling the API's requests/s are compared with. Run as its own
 * process, as `tradegraph serve` is, so neither shares autocannon's event loop.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';

const app = express();
app.disable('x-powered-by');
app.get('/', (_req, res) => {
  res.json({ hello: 'world' });
});
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening on ${(server.address() as AddressInfo).port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
