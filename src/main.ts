/** Entry point: mounts the app into #app, replacing the static skeleton index.html shows before any script runs. */

import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html has no #app element');
target.replaceChildren();
mount(App, { target });
