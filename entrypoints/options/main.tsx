import { render } from 'preact';
import { t } from '@/lib/words';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

// index.html's <title> and lang are English; the page is named and marked in the language of its
// words, so screen readers speak them right.
document.documentElement.lang = t('extension.language');
document.title = t('options.title');
const root = document.getElementById('app');
if (root) render(<App />, root);
