export type ThemeSetting = 'system' | 'light' | 'dark'

/** The theme actually shown; components that draw (diagrams, charts) follow it. */
export const themeState = $state<{ setting: ThemeSetting; effective: 'light' | 'dark' }>({ setting: 'system', effective: 'light' })

const media = () => window.matchMedia('(prefers-color-scheme: dark)')

function apply(): void {
  const dark = themeState.setting === 'dark' || (themeState.setting === 'system' && media().matches)
  themeState.effective = dark ? 'dark' : 'light'
  document.documentElement.dataset.theme = themeState.effective
}

/** With 'system' the app follows the OS, also when the OS changes while the app is open. */
export function watchSystemTheme(): void {
  media().addEventListener('change', () => {
    if (themeState.setting === 'system') apply()
  })
}

export function setTheme(setting: ThemeSetting): void {
  themeState.setting = setting
  apply()
}
