import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorOptions, tagOptions } from '../../../../../src/renderer/src/features/inspector/pickerOptions';
import type { Actor, Tag } from '../../../../../src/shared/model';
import { namesInText } from '../../../../../src/shared/text/names';
import { samplePath } from '../../../../helpers/cliRunner';

const article = readFileSync(samplePath, 'utf8');
const names = namesInText(article);
const quote = { start: article.indexOf('Putin must not win.'), end: article.indexOf('Putin must not win.') + 19 };
const actor = (id: string, name: string, kind: Actor['kind'] = 'person', aliases: string[] = []): Actor =>
  ({ id, name, kind, aliases, role: '', affiliationId: null, externalIds: {}, description: '', colour: '' }) as Actor;
const label = (o: ReturnType<typeof actorOptions>[number]) => (o.type === 'actor' ? `actor:${o.actor.name}` : `new:${o.name}`);

describe('actorOptions', () => {
  it('offers names found near the quote first when nothing is typed, as new actors', () => {
    const options = actorOptions({ typed: '', actors: [], names, near: quote, exclude: [] });
    expect(options.map(label).slice(0, 3)).toContain('new:Jens Stoltenberg');
    expect(options.every((o) => o.type === 'new')).toBe(true);
  });

  it('offers an existing actor instead of the name it stands for', () => {
    const stoltenberg = actor('a1', 'Jens Stoltenberg');
    const options = actorOptions({ typed: '', actors: [stoltenberg], names, near: quote, exclude: [] });
    expect(options.map(label)).toContain('actor:Jens Stoltenberg');
    expect(options.map(label)).not.toContain('new:Jens Stoltenberg');
    expect(options.find((o) => o.type === 'actor')).toMatchObject({ mentions: 5 });
  });

  it('matches what is typed against actors (by surname too), article names, and offers to create it', () => {
    const actors = [actor('a1', 'Jens Stoltenberg'), actor('a2', 'Antony Blinken')];
    expect(actorOptions({ typed: 'stolt', actors, names, near: quote, exclude: [] }).map(label)).toEqual(['actor:Jens Stoltenberg', 'new:stolt']);
    expect(actorOptions({ typed: 'Kuleba', actors, names, near: quote, exclude: [] }).map(label)).toEqual(['new:Dmytro Kuleba', 'new:Kuleba']);
    expect(actorOptions({ typed: 'Vladimir Putin', actors, names, near: quote, exclude: [] }).map(label)).toEqual(['new:Vladimir Putin']);
  });

  it('does not offer to create a name that is already offered from the article, nor chosen actors', () => {
    const actors = [actor('a1', 'Jens Stoltenberg')];
    expect(actorOptions({ typed: 'Dmytro Kuleba', actors, names, near: quote, exclude: [] }).map(label)).toEqual(['new:Dmytro Kuleba']);
    expect(actorOptions({ typed: 'Stoltenberg', actors, names, near: quote, exclude: ['a1'] }).map(label)).not.toContain('actor:Jens Stoltenberg');
  });

  it('guesses the kind of a new actor', () => {
    const [china] = actorOptions({ typed: 'China', actors: [], names, near: quote, exclude: [] });
    expect(china).toMatchObject({ type: 'new', name: 'China', actorKind: 'state' });
  });
});

describe('tagOptions', () => {
  const tags = [
    { id: 't1', name: 'threats', parentId: null, colour: '', description: '' },
    { id: 't2', name: 'warning', parentId: 't1', colour: '', description: '' },
    { id: 't3', name: 'aid', parentId: null, colour: '', description: '' },
  ] as Tag[];
  const show = (o: ReturnType<typeof tagOptions>[number]) => (o.type === 'tag' ? o.path : `create:${o.parentName ? `${o.parentName}/` : ''}${o.name}`);

  it('lists the codebook in order, leaving out chosen tags', () => {
    expect(tagOptions('', tags, ['t3']).map(show)).toEqual(['threats', 'threats › warning']);
  });

  it('finds tags by name or path and offers to create a new one', () => {
    expect(tagOptions('warn', tags, []).map(show)).toEqual(['threats › warning', 'create:warn']);
    expect(tagOptions('warning', tags, []).map(show)).toEqual(['threats › warning']);
    expect(tagOptions('threats/escalation', tags, []).map(show)).toEqual(['create:threats/escalation']);
  });
});
