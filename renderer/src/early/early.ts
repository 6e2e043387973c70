// The entry of early.js (built by vite.config.ts): see startEarly.
import { startEarly, type EarlyWindow } from './requests'

startEarly(window as unknown as EarlyWindow)
