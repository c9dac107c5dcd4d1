import { render } from 'preact';
import { bundledDataset, bundledSearch } from '@/utils/search/bundled';
import { DatasetContext, indexDataset } from '@/components/profile/dataset-context';
import { App } from '@/entrypoints/popup/App';
import '@/components/ui/theme.css';
import '@/entrypoints/popup/style.css';

const app = document.getElementById('app');
if (!app) throw new Error('The popup page has no #app element.');

render(
  <DatasetContext.Provider value={indexDataset(bundledDataset)}>
    <App search={bundledSearch} />
  </DatasetContext.Provider>,
  app,
);
