import { nprChunks } from './write-npr.js';

/** The synthetic research release the demo seeds: clearly labelled, never mistaken for ICE data. */
export const SYNTHETIC_DEMO_RELEASE = {
  id: 'synthetic-demo',
  dataset: 'synthetic',
  sourceFile: 'generated: detainer-desk generate --records 20000 --seed synthetic-demo',
  records: 20_000,
  seed: 'synthetic-demo',
} as const;

/**
 * What seeding needs from the research store (the FOIA importer's store implements it): whether a
 * release is there, and an import of NPR-format text as a named release.
 */
export interface SyntheticResearchStore {
  hasRelease(id: string): Promise<boolean>;
  importNpr(input: {
    readonly releaseId: string;
    readonly dataset: string;
    readonly sourceFile: string;
    readonly chunks: Iterable<string> | AsyncIterable<string>;
  }): Promise<unknown>;
}

/** Seeds the `synthetic-demo` release once (idempotent); returns whether it imported. */
export async function seedSyntheticResearch(
  store: SyntheticResearchStore,
  release: { readonly records?: number } = {},
): Promise<boolean> {
  if (await store.hasRelease(SYNTHETIC_DEMO_RELEASE.id)) return false;
  await store.importNpr({
    releaseId: SYNTHETIC_DEMO_RELEASE.id,
    dataset: SYNTHETIC_DEMO_RELEASE.dataset,
    sourceFile: SYNTHETIC_DEMO_RELEASE.sourceFile,
    chunks: nprChunks({
      records: release.records ?? SYNTHETIC_DEMO_RELEASE.records,
      seed: SYNTHETIC_DEMO_RELEASE.seed,
    }),
  });
  return true;
}
