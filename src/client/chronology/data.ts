import type { ChronologyFile } from '../../schemas/chronology.ts';

/** The archive's chronology as the browser loads it: the light view at once, the whole file only when needed. */
export interface ChronologySource {
  /** `/data/chronology-view.json`: every event, without evidence sentences. */
  view: Promise<ChronologyFile>;
  /** `/data/chronology.json`, fetched on first call, for the sentences the panel shows. */
  full(): Promise<ChronologyFile>;
}

/**
 * Fetches the chronology from the archive at `base` (for the site itself its base path, `ROOT` in src/lib/url.ts). Not validated here: the build
 * validated it, and the schema's EDTF parser would outweigh the whole chart script.
 */
export function chronologySource(base: string): ChronologySource {
  const get = async (name: string): Promise<ChronologyFile> => {
    const response = await fetch(`${base}/data/${name}`);
    if (!response.ok) throw new Error(`${base}/data/${name} answered ${response.status}`);
    return (await response.json()) as ChronologyFile;
  };
  let full: Promise<ChronologyFile> | undefined;
  return {
    view: get('chronology-view.json'),
    full: () => {
      full ??= get('chronology.json');
      return full;
    },
  };
}
