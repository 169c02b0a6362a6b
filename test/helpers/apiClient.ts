/** Calls an operation of a running browser edition the way its renderer does (token header, JSON). */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each operation has its own output shape
export type AnyResult = { ok: boolean; value: any; error?: { code: string; message: string } };

/** The operation's Result, success or not. */
export async function callApi(serverUrl: string, op: string, input: unknown): Promise<AnyResult> {
  const url = new URL(serverUrl);
  const res = await fetch(new URL(`/api/${op}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-quotebook-token': url.searchParams.get('token')! },
    body: JSON.stringify(input),
  });
  return (await res.json()) as AnyResult;
}

/** The operation's value; a failed operation fails the test with its message. */
export async function callApiValue(serverUrl: string, op: string, input: unknown): Promise<AnyResult['value']> {
  const result = await callApi(serverUrl, op, input);
  if (!result.ok) throw new Error(`${op} failed: ${result.error?.message}`);
  return result.value;
}
