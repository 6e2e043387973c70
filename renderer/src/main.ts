import { mount } from 'svelte'
import App from './App.svelte'
import { prefetch } from './lib/api'
import './styles/tokens.css'
import './styles/base.css'
import './styles/prose.css'

const target = document.getElementById('app')
if (!target) throw new Error('missing #app')
// The note named in the address is fetched while the app starts, not after.
const opened = /^#\/notes\/([a-z0-9-]+)/.exec(location.hash)
if (opened) prefetch('notes.get', { id: opened[1]! })
prefetch('settings.get', {})
mount(App, { target })
