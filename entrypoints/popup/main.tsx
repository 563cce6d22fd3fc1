import { render } from 'preact';
import { t } from '@/lib/words';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

// index.html cannot know which catalogue the browser picked: say it, so a screen reader reads the
// words in their own language, and name the page in it until App adds the score.
document.documentElement.lang = t('extension.language');
document.title = t('extension.name');

const root = document.getElementById('app');
if (root) render(<App />, root);
