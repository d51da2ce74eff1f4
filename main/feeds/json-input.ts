// A JSON Feed as published, reduced to the fields the spec defines with the types it defines.
import { z } from 'zod';

// feedsmith is lenient with JSON (it takes the first element of an array given for a string,
// for instance); the spec is not, and a value of the wrong type is better dropped than guessed.
const text = z.string().optional().catch(undefined);
const count = z.number().optional().catch(undefined);
// Ids are strings by spec, but numbers (and the odd boolean) are common and still identify.
const id = z
  .union([z.string(), z.number(), z.boolean()])
  .transform(String)
  .optional()
  .catch(undefined);

const author = z.object({ name: text, url: text, avatar: text }).optional().catch(undefined);
const authors = z.array(author).optional().catch(undefined);
const strings = z.array(z.string().optional().catch(undefined)).optional().catch(undefined);

const attachment = z
  .object({
    url: text,
    mime_type: text,
    title: text,
    size_in_bytes: count,
    duration_in_seconds: count,
  })
  .optional()
  .catch(undefined);

const item = z
  .object({
    id,
    url: text,
    external_url: text,
    title: text,
    content_html: text,
    content_text: text,
    summary: text,
    image: text,
    banner_image: text,
    date_published: text,
    date_modified: text,
    author,
    authors,
    tags: strings,
    language: text,
    attachments: z.array(attachment).optional().catch(undefined),
  })
  .optional()
  .catch(undefined);

const feed = z.object({
  version: text,
  title: text,
  home_page_url: text,
  feed_url: text,
  description: text,
  user_comment: text,
  next_url: text,
  icon: text,
  favicon: text,
  author,
  authors,
  language: text,
  items: z.array(item).optional().catch(undefined),
});

/** The feed with wrongly typed fields removed (an input that is not an object gives `{}`). */
export function cleanJsonFeed(json: unknown): Record<string, unknown> {
  const result = feed.safeParse(json);
  return result.success ? result.data : {};
}
