import { describe, expect, it } from 'vitest'
import { allowNavigation, allowPermission, decideWindowOpen, isSafeExternalUrl, isTrustedSender } from '../../../electron/main/guards'
import { menuTemplate } from '../../../electron/main/menu-template'
import { secureWebPreferences } from '../../../electron/main/web-preferences'
import { restoreBounds } from '../../../electron/main/window-state'

describe('external URLs', () => {
  it.each([
    'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html',
    'https://aws.amazon.com/jp/premiumsupport/knowledge-center/data-integrity-s3/',
    'https://www.slideshare.net/AmazonWebServicesJapan/20201021-aws-black-belt-online-seminar-amazon-vpc',
    'https://dev.classmethod.jp/articles/s3-cloudfront-with-oai-by-cloudformation/',
  ])('opens %s', (url) => expect(isSafeExternalUrl(url)).toBe(true))

  it.each([
    ['http, not https', 'http://docs.aws.amazon.com/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['look-alike suffix', 'https://example.com.attacker.com/'],
    ['look-alike aws', 'https://docs.aws.amazon.com.attacker.com/'],
    ['aws as a label prefix', 'https://evilaws.amazon.com.evil.net/'],
    ['credentials', 'https://user:pass@docs.aws.amazon.com/'],
    ['userinfo trick', 'https://docs.aws.amazon.com@attacker.com/'],
    ['odd port', 'https://docs.aws.amazon.com:8443/'],
    ['unknown host', 'https://attacker.com/'],
    ['ip address', 'https://127.0.0.1/'],
    ['leading space', ' https://docs.aws.amazon.com/'],
    ['newline', 'https://docs.aws.amazon.com/\nfoo'],
    ['not a URL', 'docs.aws.amazon.com'],
    ['empty', ''],
    ['app scheme', 'app://study/index.html'],
    ['trailing dot host', 'https://amazon.com./'],
  ])('refuses %s', (_why, url) => expect(isSafeExternalUrl(url)).toBe(false))
})

describe('navigation, windows, permissions, senders', () => {
  it('only navigates within app://study', () => {
    expect(allowNavigation('app://study/index.html#/notes')).toBe(true)
    for (const url of [
      'https://docs.aws.amazon.com/',
      'file:///tmp/x.html',
      'app://other/index.html',
      'http://127.0.0.1:3000/',
      'javascript:alert(1)',
      'app://user@study/',
    ])
      expect(allowNavigation(url)).toBe(false)
  })

  it('never opens an Electron window; vetted links go to the system browser', () => {
    expect(decideWindowOpen('https://docs.aws.amazon.com/x')).toEqual({ action: 'deny', openExternally: 'https://docs.aws.amazon.com/x' })
    expect(decideWindowOpen('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: null })
    expect(decideWindowOpen('app://study/index.html')).toEqual({ action: 'deny', openExternally: null })
  })

  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) expect(allowPermission(p)).toBe(false)
  })

  it('trusts only our own top-level app:// frame', () => {
    expect(isTrustedSender({ url: 'app://study/index.html', parent: null })).toBe(true)
    expect(isTrustedSender({ url: 'app://study/index.html', parent: {} })).toBe(false)
    expect(isTrustedSender({ url: 'https://attacker.com/', parent: null })).toBe(false)
    expect(isTrustedSender({ url: 'file:///index.html', parent: null })).toBe(false)
    expect(isTrustedSender(null)).toBe(false)
  })
})

describe('web preferences', () => {
  it('pins every security flag the app relies on', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toEqual({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    })
  })
})

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }]
  it('restores bounds that are on screen', () => {
    expect(restoreBounds({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true }, screen)).toEqual({
      bounds: { x: 100, y: 50, width: 1200, height: 800 },
      maximized: true,
    })
  })
  it('drops bounds on a display that is gone, and garbage', () => {
    expect(restoreBounds({ bounds: { x: 3000, y: 50, width: 1200, height: 800 } }, screen)).toBeNull()
    expect(restoreBounds({ bounds: { x: 'a' } }, screen)).toBeNull()
    expect(restoreBounds(null, screen)).toBeNull()
  })
  it('never restores a window smaller than the minimum', () => {
    expect(restoreBounds({ bounds: { x: 0, y: 0, width: 200, height: 100 } }, screen)?.bounds).toMatchObject({ width: 1024, height: 700 })
  })
})

describe('application menu', () => {
  it('has the same structure in Japanese and English, with every section', () => {
    const ja = menuTemplate('ja', false)
    const en = menuTemplate('en', false)
    const routes = (m: ReturnType<typeof menuTemplate>) => JSON.stringify(m, ['route', 'submenu', 'role', 'accelerator'])
    expect(routes(ja)).toBe(routes(en))
    expect(JSON.stringify(ja)).toContain('模擬試験')
    expect(JSON.stringify(en)).toContain('Mock exams')
    const go = ja.find((m) => m.label === '移動')!.submenu!.map((i) => i.route)
    expect(go).toEqual(['notes', 'diagrams', 'exams', 'review', 'progress', 'confusions', 'annotations', 'glossary', 'settings'])
  })
})
