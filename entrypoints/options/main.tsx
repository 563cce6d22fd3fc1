import { render } from 'preact';
import { t } from '@/lib/words';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

// index.html's <title> is English; the tab shows the page's name in the browser's language.
document.title = t('options.title');
const root = document.getElementById('app');
if (root) render(<App />, root);
