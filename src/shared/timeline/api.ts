/** Inputs of the timeline operations. */
import { z } from 'zod';
import { IdSchema } from '../model';

/** `quotes:timeline`: the actors and tags to chart, which of an actor's quotes count, and the period. */
export const TimelineInputSchema = z
  .object({
    actorIds: z.array(IdSchema).max(20).default([]),
    tagIds: z.array(IdSchema).max(20).default([]),
    role: z.enum(['speaker', 'about', 'either']).default('speaker'),
    granularity: z.enum(['week', 'month']).default('month'),
  })
  .strict();

/** `export:timeline`: the same, as SVG or CSV, into `dir` or returned. */
export const TimelineExportInputSchema = TimelineInputSchema.extend({
  format: z.enum(['svg', 'csv']),
  dir: z.string().trim().min(1, 'a folder is required').max(4096).optional(),
}).strict();
