/** Hash routes (#/notes, #/settings …): reloads and the back button keep the place. */
export const sections = ['notes', 'diagrams', 'exams', 'review', 'progress', 'confusions', 'annotations', 'glossary', 'settings'] as const
export type Section = (typeof sections)[number]

function parse(hash: string): { section: Section; rest: string[] } {
  const [first, ...rest] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent)
  const section = (sections as readonly string[]).includes(first ?? '') ? (first as Section) : 'notes'
  return { section, rest }
}

export const route = $state(parse(typeof location === 'undefined' ? '' : location.hash))

export function startRouter(): void {
  const follow = () => Object.assign(route, parse(location.hash))
  window.addEventListener('hashchange', follow)
  follow() // the address may have changed while the app was starting
}

export function go(section: Section, ...rest: string[]): void {
  location.hash = `#/${[section, ...rest].map(encodeURIComponent).join('/')}`
}
