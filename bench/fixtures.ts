/** Synthetic notebooks for the benchmark: realistic article sizes, written fast (setup is not measured). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_VERSION, type ArticleFile, type NotebookFile, type Quote } from '../src/shared/model';
import { describeRange } from '../src/shared/anchoring/selectors';
import { plainTextBlocks } from '../src/shared/text/plainTextBlocks';

const words = 'the minister said on tuesday that talks with the alliance would continue despite what officials described as deep concern over support for the war'.split(' ');

/** About 600 words in 8 paragraphs, each article a little different so hashes differ. */
export function syntheticText(seed: number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 8; p++) {
    const sentence: string[] = [];
    for (let w = 0; w < 75; w++) sentence.push(words[(seed * 7 + p * 13 + w * 3) % words.length]!);
    paragraphs.push(`“${sentence.slice(0, 12).join(' ')},” she said. ${sentence.slice(12).join(' ')} ${seed}.`);
  }
  return paragraphs.join('\n\n');
}

export function syntheticArticle(i: number, quotesPerArticle: number): ArticleFile {
  const text = syntheticText(i);
  const id = `art_bench${String(i).padStart(6, '0')}`;
  const now = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  const quotes: Quote[] = [];
  for (let q = 0; q < quotesPerArticle; q++) {
    const start = q * 40 + 1;
    quotes.push({
      id: `q_bench${i}_${q}`, articleId: id, target: describeRange(text, start, start + 30), kind: 'direct',
      speakerId: null, aboutIds: [], tagIds: [], comment: '', status: 'confirmed', cue: '', createdAt: now, updatedAt: now,
    });
  }
  return {
    format: 'quotebook-article', schemaVersion: SCHEMA_VERSION, quotes,
    article: {
      id, title: `Synthetic article ${i}`, section: '', source: { outlet: 'Bench Times', url: '', authors: [], publishedAt: now },
      language: 'en', importedAt: now, origin: { name: `${id}.txt`, sha256: '' }, text, blocks: plainTextBlocks(text), contentHash: `hash${i}`,
    },
  };
}

export function syntheticNotebook(): NotebookFile {
  return { format: 'quotebook-notebook', schemaVersion: SCHEMA_VERSION, id: 'nb_bench', name: 'Bench', createdAt: new Date().toISOString(), actors: [], tags: [], settings: {} };
}

/** Writes a notebook folder directly; 64 files at a time keeps 10,000 files quick. */
export async function writeNotebookFolder(dir: string, articles: number, quotesPerArticle: number): Promise<void> {
  await mkdir(join(dir, 'articles'), { recursive: true });
  await mkdir(join(dir, 'notes'), { recursive: true });
  await writeFile(join(dir, 'notebook.json'), JSON.stringify(syntheticNotebook()));
  for (let i = 0; i < articles; i += 64) {
    const batch = [];
    for (let j = i; j < Math.min(articles, i + 64); j++) {
      const file = syntheticArticle(j, quotesPerArticle);
      batch.push(writeFile(join(dir, 'articles', `${file.article.id}.json`), JSON.stringify(file)));
    }
    await Promise.all(batch);
  }
}
