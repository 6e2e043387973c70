export type ThemeSetting = 'system' | 'light' | 'dark'

const media = () => window.matchMedia('(prefers-color-scheme: dark)')

/** Sets data-theme on <html>; with 'system' it follows the OS and keeps following it. */
export function applyTheme(setting: ThemeSetting): void {
  const dark = setting === 'dark' || (setting === 'system' && media().matches)
  document.documentElement.dataset.theme = dark ? 'dark' : 'light'
  document.documentElement.dataset.themeSetting = setting
}

let current: ThemeSetting = 'system'
export function watchSystemTheme(): void {
  media().addEventListener('change', () => {
    if (current === 'system') applyTheme('system')
  })
}
export function setTheme(setting: ThemeSetting): void {
  current = setting
  applyTheme(setting)
}
