import type { Express } from 'express';
import { answerJson } from '../query/index.js';

/**
 * `res.json` for this app writes an answer through its own JSON writer when it has one
 * (answerJson: a path answer from the texts of its summaries and hops kept once), else as Express
 * does. Neither JSON settings (`json spaces`, `json replacer`, `json escape`) is used by this app,
 * so the text is the one Express would send.
 */
export function answerJsonResponses(app: Express): void {
  app.response.json = function json(body?: unknown) {
    const text = answerJson(body);
    if (!this.get('Content-Type')) this.set('Content-Type', 'application/json');
    return this.send(text);
  };
}
