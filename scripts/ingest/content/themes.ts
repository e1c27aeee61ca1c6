import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import YAML from 'yaml';
import { type Theme, ThemeSchema } from '../../../src/schemas/theme.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import { InputError } from '../errors.ts';

/**
 * Every theme in `content/themes/*.mdx`, sorted by `order`, none when the folder is absent: the YAML between
 * the opening `---` lines, validated with the theme schema (the file name, its id, too), its entity ids
 * checked against the gazetteer. The body is the site's.
 */
export function loadThemes(contentDir: string, gazetteer: readonly KindedEntry[]): Theme[] {
  const dir = join(contentDir, 'themes');
  if (!existsSync(dir)) return [];
  const known = new Set(gazetteer.map((entry) => entry.id));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readTheme(join(dir, name), known))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

function readTheme(file: string, known: Set<string>): Theme {
  const source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const block = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!block?.[1]) {
    throw new InputError(file, 'has no frontmatter', 'start the file with a YAML block between two `---` lines');
  }
  let data: unknown;
  try {
    data = YAML.parse(block[1]);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new InputError(
      file,
      `has invalid YAML (${(error as Error).message.split('\n')[0]})`,
      'correct the syntax',
      line ? line + 1 : undefined,
    );
  }
  const id = basename(file, '.mdx');
  const result = ThemeSchema.safeParse(typeof data === 'object' && data !== null ? { ...data, id } : data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'} ${issue.message}`);
    throw new InputError(file, `does not match the theme schema: ${problems.join('; ')}`, 'see src/schemas/theme.ts');
  }
  const unknown = result.data.signals.entities.filter(({ id }) => !known.has(id)).map(({ id }) => id);
  if (unknown.length > 0) {
    throw new InputError(
      file,
      `names entities the gazetteer lacks: ${unknown.join(', ')}`,
      'use ids from content/gazetteer/*.yaml, or add the entries there',
    );
  }
  return result.data;
}
