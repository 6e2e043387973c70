/** The application menu as data in ja/en; the shell turns it into an Electron Menu. */
export type MenuLanguage = 'ja' | 'en'

export interface MenuItemSpec {
  label?: string
  role?: string
  type?: 'separator'
  accelerator?: string
  /** A renderer route to open, sent to the window as a navigation request. */
  route?: string
  submenu?: MenuItemSpec[]
}

const L = {
  ja: {
    file: 'ファイル',
    edit: '編集',
    view: '表示',
    go: '移動',
    help: 'ヘルプ',
    quit: '終了',
    notes: 'ノート',
    diagrams: '図解',
    exams: '模擬試験',
    review: '復習',
    progress: '進捗',
    confusions: '取り違え',
    annotations: '注釈',
    glossary: '用語集',
    settings: '設定',
    shortcuts: 'キーボードショートカット',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    go: 'Go',
    help: 'Help',
    quit: 'Quit',
    notes: 'Notes',
    diagrams: 'Diagrams',
    exams: 'Mock exams',
    review: 'Review',
    progress: 'Progress',
    confusions: 'Confusions',
    annotations: 'Annotations',
    glossary: 'Glossary',
    settings: 'Settings',
    shortcuts: 'Keyboard shortcuts',
  },
}

export function menuTemplate(lang: MenuLanguage, isMac: boolean): MenuItemSpec[] {
  const t = L[lang]
  const sections: [keyof typeof L.ja, string][] = [
    ['notes', 'notes'],
    ['diagrams', 'diagrams'],
    ['exams', 'exams'],
    ['review', 'review'],
    ['progress', 'progress'],
    ['confusions', 'confusions'],
    ['annotations', 'annotations'],
    ['glossary', 'glossary'],
    ['settings', 'settings'],
  ]
  return [
    ...(isMac ? [{ role: 'appMenu' }] : []),
    { label: t.file, submenu: [{ label: t.settings, route: 'settings', accelerator: 'CmdOrCtrl+,' }, { type: 'separator' }, { label: t.quit, role: 'quit' }] },
    { label: t.edit, role: 'editMenu' },
    { label: t.go, submenu: sections.map(([key, route], i) => ({ label: t[key], route, accelerator: `CmdOrCtrl+${i + 1}` })) },
    { label: t.view, submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
    { label: t.help, submenu: [{ label: t.shortcuts, route: 'shortcuts', accelerator: 'Shift+/' }] },
  ]
}
