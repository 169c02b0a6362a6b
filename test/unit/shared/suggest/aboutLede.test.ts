/**
 * The office a story's lede gives someone it names only in the next paragraph (aboutLede.ts):
 * "the minister" later in the story is that person. The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

const story = (lede: string) => `Transport\n\nFerry will run all winter, minister says\n\n${lede}\n\nAda Kestrel told the Brenna Herald that the service was safe and that the crews were ready.\n\nIvo Lind, who chairs the island residents group, said the minister had ignored the engineers.`;

describe('an office the lede gives the person named next', () => {
  it('reads "the minister" as the person the paragraph after the lede names', () => {
    const text = story('The transport minister has insisted that the island ferry will keep running through the winter, despite warnings from its operator.');
    expect(aboutOf(text, 'the minister had ignored')).toEqual(['Ada Kestrel']);
  });

  it('gives a shadow minister’s office to no one as the minister', () => {
    const text = story('The shadow transport minister has insisted that the island ferry must keep running through the winter, despite warnings from its operator.');
    expect(aboutOf(text, 'the minister had ignored')).toEqual([]);
  });
});
