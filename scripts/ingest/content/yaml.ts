import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import type { z } from 'zod';
import { InputError } from '../errors.ts';

/** Reads and validates one YAML editorial file, or stops with an error naming the file, the field and the fix. */
export function loadYaml<T extends z.ZodType>(
  file: string,
  schema: T,
  schemaFile = 'src/schemas/editorial.ts',
): z.output<T> {
  let data: unknown;
  try {
    data = YAML.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new InputError(
      file,
      `is not valid YAML (${(error as Error).message.split('\n')[0]})`,
      'correct the YAML syntax',
      line,
    );
  }
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(file)'} ${issue.message}`)
      .join('; ');
    throw new InputError(
      file,
      `does not match its schema: ${problems}`,
      `see ${schemaFile} for the fields and their forms`,
    );
  }
  return result.data;
}
