import { z } from 'zod'

export const NOTE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const NoteFrontmatter = z
  .object({
    id: z.string().regex(NOTE_ID, 'id must be a lowercase slug like "api-gateway"'),
    title: z.string().trim().min(1).max(200),
    title_en: z.string().trim().min(1).max(200),
    domains: z
      .array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'domains must be DVA-C02 domain numbers 1–4' }))
      .min(1, 'list at least one DVA-C02 domain (1–4)'),
    tags: z.array(z.string().min(1).max(40)).max(30).default([]),
    order: z.number().int().min(0).max(10_000),
    source: z.enum(['seed', 'original']),
  })
  .strict()
