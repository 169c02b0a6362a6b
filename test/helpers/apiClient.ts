/** Calls an operation of a running browser edition the way its renderer does (token header, JSON). */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each operation has its own output shape
export type AnyResult = { ok: boolean; value: any; error?: { code: string; message: string } };

/** Where a browser edition answers and the token it wants (in a header, as the renderer sends it). */
export interface ApiAccess {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  token: string;
}

/** The operation's Result, success or not. */
export async function callApi(server: ApiAccess, op: string, input: unknown): Promise<AnyResult> {
  const res = await fetch(new URL(`/api/${op}`, server.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-quotebook-token': server.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as AnyResult;
}

/** The operation's value; a failed operation fails the test with its message. */
export async function callApiValue(server: ApiAccess, op: string, input: unknown): Promise<AnyResult['value']> {
  const result = await callApi(server, op, input);
  if (!result.ok) throw new Error(`${op} failed: ${result.error?.message}`);
  return result.value;
}

/** A fresh one-time launch address (what `quotebook serve --new-address` prints). */
export async function newLaunchUrl(server: ApiAccess): Promise<string> {
  const { url } = await callApiValue(server, 'session:launch', {});
  return url as string;
}
