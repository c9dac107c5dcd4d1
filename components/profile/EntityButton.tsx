import { useDataset } from '@/components/profile/dataset-context';

/** An entity's name that opens its profile; plain text when the dataset has no profile for it. */
export function EntityButton({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const profile = useDataset().profile(id);
  if (!profile) return <span>{id}</span>;
  return (
    <button type="button" class="link" onClick={() => onOpen(id)}>
      {profile.name}
    </button>
  );
}
