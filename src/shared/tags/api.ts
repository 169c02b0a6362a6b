/**
 * Inputs and outputs of the codebook operations beyond list/create (the contract imports them from
 * here, so the shared contract file stays a list of one-line entries).
 */
import { z } from 'zod';
import { IdSchema, type Tag } from '../model';

const TagName = z.string().trim().min(1, 'a name is required').max(200);

/** `tags:update`: rename, recolour, describe or move a tag (one level of nesting). */
export const TagUpdateInput = z
  .object({
    id: IdSchema,
    patch: z
      .object({
        name: TagName.optional(),
        parentId: IdSchema.nullable().optional(),
        colour: z.string().max(20).optional(),
        description: z.string().max(20_000).optional(),
      })
      .strict(),
  })
  .strict();

/** `tags:merge`: `fromId` disappears into `intoId`; its quotes and child tags go with it. */
export const TagMergeInput = z.object({ fromId: IdSchema, intoId: IdSchema }).strict();

/** `tags:delete`: the tag is removed from every quote; its child tags move to the top level. */
export const TagDeleteInput = z.object({ id: IdSchema }).strict();

/** What `tags:merge` returns. */
export interface TagMerged {
  /** The tag that remains. */
  tag: Tag;
  /** The tag that was merged away. */
  merged: Tag;
  /** How many quotes now carry the remaining tag instead. */
  quotes: number;
}

/** What `tags:delete` returns. */
export interface TagDeleted {
  tag: Tag;
  /** How many quotes lost the tag. */
  quotes: number;
  /** Child tags moved to the top level. */
  children: number;
}
