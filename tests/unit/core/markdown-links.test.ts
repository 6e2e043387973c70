import { describe, expect, it } from 'vitest'
import { renderMarkdown, shortLinkLabel } from '@shared/markdown/render'

describe('link text for bare URLs', () => {
  it('shows the host and the path ends, not the whole address', () => {
    expect(shortLinkLabel('https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html')).toBe(
      'docs.aws.amazon.com › lambda › configuration-concurrency',
    )
    expect(shortLinkLabel('https://aws.amazon.com/about-aws/whats-new/2022/09/amazon-sqs-sse/')).toBe('aws.amazon.com › about-aws › amazon-sqs-sse')
    expect(shortLinkLabel('https://www.example.com/')).toBe('example.com')
    expect(shortLinkLabel('not a url')).toBe('not a url')
  })

  it('renders a bare URL with the short label and the full address as its title; written link text is kept', () => {
    const { html } = renderMarkdown('詳しくは https://docs.aws.amazon.com/lambda/latest/dg/welcome.html と [公式](https://aws.amazon.com/lambda/) を参照。')
    expect(html).toContain('title="https://docs.aws.amazon.com/lambda/latest/dg/welcome.html"')
    expect(html).toContain('>docs.aws.amazon.com › lambda › welcome</a>')
    expect(html).toContain('>公式</a>')
  })

  it('a link inside a heading reads as the heading text', () => {
    const { html } = renderMarkdown('# [VPC](https://www.slideshare.net/x)')
    expect(html).toMatch(/<h1[^>]*><a href="https:\/\/www\.slideshare\.net\/x" class="external heading-source"/)
  })
})
