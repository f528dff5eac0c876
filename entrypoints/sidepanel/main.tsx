import { render } from 'preact';

function App() {
  return <main><h1>Ownership Lens</h1></main>;
}

render(<App />, document.getElementById('app')!);
