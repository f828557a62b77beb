import { render } from 'preact';
import { App } from './App';
import '../popup/popup.css';
import './options.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
