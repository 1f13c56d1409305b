/**
 * What a promise failed with, as the code and message tests assert on: `resolved` when it did not
 * fail, `no code` when the error carries none.
 */
export async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { code: (error as { code?: string }).code ?? 'no code', message: (error as Error).message };
  }
  return { code: 'resolved', message: '' };
}
