import { readFileSync } from 'node:fs';
import { loadGazetteer } from './ingest/annotate/gazetteer.ts';
import { loadThemes } from './ingest/annotate/themes.ts';
import { blockText } from './ingest/document.ts';
import { loadLexicon } from './ingest/editorial.ts';
import { ingestSeed } from './ingest/pipeline.ts';

const lex = loadLexicon('content'),
  gaz = loadGazetteer('content'),
  th = loadThemes('content');
for (const f of process.argv.slice(2)) {
  const a = ingestSeed({ file: f, bytes: readFileSync(f), editorial: {} }, lex, gaz, th);
  console.log('==', f, a.frontmatter.published?.edtf);
  console.log(a.events.map((e) => `${e.edtf} | ${e.title}`).join('\n'));
  const text = a.blocks.map(blockText).join('\n');
  for (const m of text.matchAll(
    /[^.\n]*\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|May|June|April|October|September)\b[^.\n]*/g,
  ))
    console.log('  >', m[0].trim().slice(0, 160));
}
