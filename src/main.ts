/** Entry point: mounts the app into #app, replacing the static skeleton index.html shows before any script runs. */

import { mount } from 'svelte';
import App from './App.svelte';
import { registerServiceWorker } from './lib/offline/register.ts';
import './app.css';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html has no #app element');
target.replaceChildren();
mount(App, { target });
registerServiceWorker(import.meta.env.BASE_URL);
