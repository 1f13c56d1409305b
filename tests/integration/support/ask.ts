/** One HTTP question to the API: a GET, or a POST with a JSON body. */
export interface Question {
  readonly method: 'GET' | 'POST';
  /** Path and query string, ids already URL-encoded: `/api/entities/person%3Ayeo-han-koo`. */
  readonly path: string;
  readonly body?: unknown;
  /** The status the embedded store must answer, so a parity of two failures cannot pass. */
  readonly status: number;
}

export interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** Sends `question` to the server at `baseUrl` and reads the JSON answer. */
export async function ask(baseUrl: string, question: Question): Promise<Answer> {
  const response = await fetch(`${baseUrl}${question.path}`, {
    method: question.method,
    headers: { accept: 'application/json', ...(question.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(question.body === undefined ? {} : { body: JSON.stringify(question.body) }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = { notJson: text.slice(0, 200) };
  }
  return { status: response.status, body };
}

/** Maps `items` through `task` with at most `concurrency` running at once, keeping the order. */
export async function mapLimit<T, R>(items: readonly T[], concurrency: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
