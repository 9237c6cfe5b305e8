import { render } from 'preact';
import { AgendaPreview } from './agenda-preview.tsx';

const root = document.getElementById('app');
if (root !== null) render(<AgendaPreview />, root);
