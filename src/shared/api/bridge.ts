/**
 * The shape every transport exposes to the renderer: one named function per operation,
 * `area:verb` → `areaVerb` (e.g. `articles:createFromText` → `articlesCreateFromText`).
 */
import type { InputOf, OperationName, OutputOf } from './contract';
import type { Result } from './result';

type CamelName<N extends string> = N extends `${infer Area}:${infer Verb}` ? `${Area}${Capitalize<Verb>}` : never;

/** The bridge function name of an operation. */
export type BridgeName<N extends OperationName> = CamelName<N>;

/** One function per operation; each resolves to a Result and never rejects for user errors. */
export type QuotebookApi = {
  [N in OperationName as CamelName<N>]: (input: InputOf<N>) => Promise<Result<OutputOf<N>>>;
};

/** Maps an operation name to its bridge function name. */
export function bridgeName<N extends OperationName>(name: N): BridgeName<N> {
  const [area, verb] = name.split(':') as [string, string];
  return `${area}${verb.charAt(0).toUpperCase()}${verb.slice(1)}` as BridgeName<N>;
}
