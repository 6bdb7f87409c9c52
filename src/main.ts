import { mount } from 'svelte';
import App from './app/App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('main: the page has no #app element');

export default mount(App, { target });
