import { render } from 'preact';
import { Welcome } from '@/components/welcome/Welcome';
// The report's components look as they do in the panel.
import '../sidepanel/style.css';
import './style.css';

const root = document.getElementById('app');
if (!root) throw new Error('welcome.html has no #app element');
render(<Welcome firefox={import.meta.env.FIREFOX} />, root);
