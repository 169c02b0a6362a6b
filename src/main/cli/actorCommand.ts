/**
 * `quotebook actor add NAME [--kind K] [--alias A]… [--role R] [--affiliation NAME] [--wikidata Q…] [--gazetteer] [--force]`
 * `quotebook actor merge FROM INTO`
 * `quotebook actor duplicates`
 * Actors are named the way the analyst knows them: by id, name, alias, surname or role, resolved
 * by the same function the app uses, so "U.S." and "US" find the same actor here too.
 */
import { parseArgs } from 'node:util';
import { lookupGazetteer, nameKey, resolveActor } from '../../shared/actors';
import type { Actor, ActorKind } from '../../shared/model';
import { leastUsedTint } from '../../shared/palette';
import type { CliContext } from './context';
import { withNotebook } from './context';
import { CliError } from './cliError';
import { formatTable } from './table';
import { printJson } from './problemNotice';

const USAGE = `Usage:
  quotebook actor add NAME [--kind person|organisation|state|other] [--alias A]... [--role R] [--affiliation NAME] [--wikidata QID] [--gazetteer] [--force]
  quotebook actor merge FROM INTO
  quotebook actor duplicates`;

const KINDS: Record<string, ActorKind> = { person: 'person', organisation: 'organisation', organization: 'organisation', state: 'state', other: 'other' };

/** The actor `ref` names: an id, else a name, alias, surname or role resolved like the app does. */
export function findActor(actors: readonly Actor[], ref: string): Actor {
  const byId = actors.find((a) => a.id === ref);
  if (byId) return byId;
  const { match, candidates } = resolveActor(ref, actors);
  if (match) return match.actor;
  if (candidates.length > 1) {
    const list = candidates.map((c) => `${c.actor.name} (${c.actor.id})`).join(', ');
    throw new CliError(`“${ref}” could be any of: ${list}. Name one by its full name or id.`);
  }
  throw new CliError(`There is no actor called “${ref}”. See them with: quotebook list actors`);
}

export async function actorCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [verb, ...rest] = args;
  if (verb === 'add') return addActor(ctx, rest);
  if (verb === 'merge') return merge(ctx, rest);
  if (verb === 'duplicates') return duplicates(ctx, rest);
  throw new CliError(verb ? `Unknown actor command "${verb}".\n${USAGE}` : USAGE, 2);
}

async function addActor(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      kind: { type: 'string' },
      alias: { type: 'string', multiple: true },
      role: { type: 'string' },
      affiliation: { type: 'string' },
      wikidata: { type: 'string' },
      gazetteer: { type: 'boolean' },
      force: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1 || !positionals[0]!.trim()) throw new CliError(`Say the actor's name.\n${USAGE}`, 2);
  let name = positionals[0]!.trim();
  let kind = values.kind === undefined ? undefined : KINDS[values.kind.toLowerCase()];
  if (values.kind !== undefined && !kind) throw new CliError(`--kind must be person, organisation, state or other, not "${values.kind}".`, 2);
  let aliases = values.alias ?? [];
  const wikidata = values.wikidata?.trim().toUpperCase();
  if (wikidata && !/^Q\d+$/.test(wikidata)) throw new CliError(`--wikidata takes a Wikidata item id such as Q42, not "${values.wikidata}".`, 2);

  // The built-in list of states is offered, never forced: it applies only with --gazetteer.
  const known = lookupGazetteer(name);
  if (values.gazetteer) {
    if (!known) throw new CliError(`“${name}” is not in the built-in list of states; add it without --gazetteer.`, 2);
    name = known.state.name;
    kind ??= 'state';
    aliases = [...aliases, ...known.state.aliases, known.state.capital].filter(Boolean);
  } else if (known && !ctx.json && !(kind === 'state' && nameKey(name) === nameKey(known.state.name))) {
    const how = known.viaCapital ? `is the capital of ${known.state.name}` : `names ${known.state.name}`;
    ctx.io.err(`Note: “${name}” ${how} in the built-in list of states. To add the state with its usual names: quotebook actor add "${name}" --gazetteer`);
  }

  await withNotebook(ctx, async (call) => {
    const actors = await call('actors:list', {});
    if (!values.force) {
      for (const mention of [name, ...aliases]) {
        const { match } = resolveActor(mention, actors);
        if (match && (match.how === 'name' || match.how === 'alias')) {
          throw new CliError(`“${mention}” already names ${match.actor.name} (${match.actor.id}). Use that actor, or add --force to create another one anyway.`);
        }
      }
    }
    const affiliation = values.affiliation ? findActor(actors, values.affiliation) : null;
    const actor = await call('actors:create', {
      name,
      aliases,
      // A tint of its own, as the app gives a new actor, so its quotes stand apart in the reader.
      colour: leastUsedTint(actors.map((a) => a.colour)),
      ...(kind ? { kind } : {}),
      ...(values.role ? { role: values.role } : {}),
      ...(affiliation ? { affiliationId: affiliation.id } : {}),
      ...(wikidata ? { externalIds: { wikidata } } : {}),
    });
    if (ctx.json) return printJson(ctx, actor);
    const detail = [actor.kind, actor.role && affiliation ? `${actor.role}, ${affiliation.name}` : actor.role || affiliation?.name].filter(Boolean).join(', ');
    ctx.io.out(`Added ${actor.id}  ${actor.name} (${detail})${actor.aliases.length ? `  also known as ${actor.aliases.join(', ')}` : ''}`);
  });
}

async function merge(ctx: CliContext, args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  if (positionals.length !== 2) throw new CliError(`Say which actor to merge into which.\n${USAGE}`, 2);
  await withNotebook(ctx, async (call) => {
    const actors = await call('actors:list', {});
    const from = findActor(actors, positionals[0]!);
    const into = findActor(actors, positionals[1]!);
    if (from.id === into.id) throw new CliError(`“${positionals[0]}” and “${positionals[1]}” are the same actor (${from.name}); there is nothing to merge.`);
    const result = await call('actors:merge', { fromId: from.id, intoId: into.id });
    if (ctx.json) return printJson(ctx, { removed: from, survivor: result.survivor, movedQuotes: result.movedQuotes });
    const quotes = `${result.movedQuotes} quote${result.movedQuotes === 1 ? '' : 's'}`;
    ctx.io.out(`Merged ${from.name} (${from.id}) into ${into.name} (${into.id}): ${quotes} moved; “${from.name}” is now one of its names.`);
  });
}

async function duplicates(ctx: CliContext, args: string[]): Promise<void> {
  if (args.length) throw new CliError(USAGE, 2);
  await withNotebook(ctx, async (call) => {
    const [pairs, actors] = await Promise.all([call('actors:duplicates', {}), call('actors:list', {})]);
    if (ctx.json) return printJson(ctx, pairs);
    const name = new Map(actors.map((a) => [a.id, `${a.name} (${a.id})`]));
    ctx.io.out(
      formatTable(
        ['ACTOR', 'MAYBE THE SAME AS', 'WHY'],
        pairs.map((p) => [name.get(p.ids[0]) ?? p.ids[0], name.get(p.ids[1]) ?? p.ids[1], p.reasons.join('; ')]),
        'No likely duplicates among the actors.',
        80,
      ),
    );
  });
}
