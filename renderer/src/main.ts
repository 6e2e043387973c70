import { earlyData } from './lib/early-data'
import { mount } from 'svelte'
import App from './App.svelte'
import { sanitizeToFragment } from './markdown/sanitize'
// Bundled fonts: the app looks the same on Windows and macOS as on Linux, offline.
import '@fontsource/noto-sans-jp/400.css'
import '@fontsource/noto-sans-jp/700.css'
import '@fontsource/jetbrains-mono/400.css'
import './styles/tokens.css'
import './styles/base.css'
import './styles/prose.css'

const target = document.getElementById('app')
if (!target) throw new Error('missing #app')
// While the answers travel, the sanitizer runs once on a scrap of note-shaped HTML, so its code
// is compiled before the note arrives rather than after.
sanitizeToFragment('<h2 id="h-x">x</h2><p><a href="https://x.example/" class="external">x</a> <code>x</code></p>')
// Mounting once the first answers are here lays the page out once, with the note in it,
// instead of painting a "loading" shell first. (A then, not a top-level await: that would
// split the bundle into many small chunks.)
void earlyData.then(() => mount(App, { target }))
