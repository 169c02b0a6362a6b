/**
 * The codebook's rules, shared by the tag services, the CLI and the UI: one level of nesting,
 * names unique among siblings, and the order tags are listed in (each parent followed by its
 * children, alphabetically).
 */
import type { Tag } from '../model';

type TagLike = Pick<Tag, 'id' | 'name' | 'parentId'>;

/** Separator shown between a parent's and a child's name. */
export const PATH_SEPARATOR = ' › ';

const compareNames = (a: TagLike, b: TagLike) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** "Parent › Child" for a child tag, the name for a top-level one. */
export function tagPath(tag: TagLike, tags: readonly TagLike[]): string {
  const parent = tag.parentId ? tags.find((t) => t.id === tag.parentId) : undefined;
  return parent ? `${parent.name}${PATH_SEPARATOR}${tag.name}` : tag.name;
}

/** Separator between a parent's and a child's name in exported files ("threat/deterrence"). */
export const EXPORT_PATH_SEPARATOR = '/';

/**
 * "parent/child" for a child tag, the name for a top-level one: exports keep the group, so a
 * "deterrence" under "threat" and one under "policy" stay apart in front matter, CSV and Markdown.
 */
export function tagExportPath(tag: TagLike, tags: readonly TagLike[]): string {
  const parent = tag.parentId ? tags.find((t) => t.id === tag.parentId) : undefined;
  return parent ? `${parent.name}${EXPORT_PATH_SEPARATOR}${tag.name}` : tag.name;
}

/** Tags in codebook order: each top-level tag followed by its children; orphaned children last. */
export function orderCodebook<T extends TagLike>(tags: readonly T[]): T[] {
  const ids = new Set(tags.map((t) => t.id));
  const top = tags.filter((t) => !t.parentId || !ids.has(t.parentId)).sort(compareNames);
  return top.flatMap((parent) => [parent, ...tags.filter((t) => t.parentId === parent.id).sort(compareNames)]);
}

/** The tag and its children: what filtering by a parent tag should include. */
export function withChildren(tagId: string, tags: readonly TagLike[]): Set<string> {
  return new Set([tagId, ...tags.filter((t) => t.parentId === tagId).map((t) => t.id)]);
}

/**
 * Why `name` under `parentId` cannot be given to tag `id` (null for a new tag), or null when it
 * can: the parent must exist and be top-level, a tag with children cannot move under another,
 * and siblings need distinct names.
 */
export function placementProblem(tags: readonly TagLike[], id: string | null, name: string, parentId: string | null): string | null {
  if (parentId !== null) {
    if (parentId === id) return 'A tag cannot be inside itself.';
    const parent = tags.find((t) => t.id === parentId);
    if (!parent) return 'The chosen parent tag no longer exists. Choose another parent.';
    if (parent.parentId !== null) return `Tags nest one level only: "${parent.name}" is already inside another tag.`;
    const children = id === null ? [] : tags.filter((t) => t.parentId === id);
    if (children.length > 0) {
      return `Tags nest one level only: "${tags.find((t) => t.id === id)?.name ?? name}" has tags inside it, so it cannot go inside "${parent.name}".`;
    }
  }
  const clash = tags.find((t) => t.id !== id && t.parentId === parentId && sameName(t.name, name));
  if (clash) return `A tag called "${clash.name}" already exists ${parentId ? 'in that group' : 'at the top level'}. Use it, merge into it, or choose another name.`;
  return null;
}

/**
 * Finds tags by what a person types: a name ("warning") or a path ("threats/warning",
 * "threats › warning"), ignoring case. Several results mean the name is ambiguous.
 */
export function findTagsByName<T extends TagLike>(tags: readonly T[], typed: string): T[] {
  const parts = typed.split(/\s*(?:\/|›)\s*/u).filter((p) => p.trim() !== '');
  if (parts.length === 2) {
    const [parentName, childName] = parts as [string, string];
    const parents = tags.filter((t) => t.parentId === null && sameName(t.name, parentName));
    return tags.filter((t) => parents.some((p) => p.id === t.parentId) && sameName(t.name, childName));
  }
  return tags.filter((t) => sameName(t.name, typed));
}
