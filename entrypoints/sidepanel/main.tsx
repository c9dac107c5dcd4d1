import { render } from 'preact';

function App() {
  return <main>NK Lens — side panel</main>;
}

render(<App />, document.getElementById('app')!);
