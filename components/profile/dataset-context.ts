/**
 * The bundled dataset, indexed for the views: profiles by id and corpus articles by file name.
 * Provided once by each extension page so the same components work on any dataset (tests use a small one).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CorpusDocument, Dataset, Profile } from '@/utils/dataset/types';

export interface DatasetIndex {
  dataset: Dataset;
  profile(id: string): Profile | undefined;
  document(doc: string): CorpusDocument | undefined;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const profiles = new Map(dataset.profiles.map((profile) => [profile.id, profile]));
  const documents = new Map(dataset.documents.map((document) => [document.doc, document]));
  return {
    dataset,
    profile: (id) => profiles.get(id),
    document: (doc) => documents.get(doc),
  };
}

export const DatasetContext = createContext<DatasetIndex | null>(null);

export function useDataset(): DatasetIndex {
  const index = useContext(DatasetContext);
  if (!index) throw new Error('useDataset() needs a <DatasetContext.Provider> above it.');
  return index;
}
